/**
 * The frame every customer e-mail shares: direction and language, the shop's header (wordmark,
 * phone) and footer (legal identity, contacts), escaping, a plain-text twin with the same content.
 */
import { textDirection, type ShopLocale } from "./locale.js"
import { webLink } from "./web-link.js"
import { escapeHtml } from "./html-escape.js"
import { readShopIdentity, type ShopIdentity } from "./shop-identity.js"
import { footerHtml, footerLines, headerHtml, headerLine } from "./mail-frame.js"

export { escapeHtml }

export type RenderedMail = { subject: string; text: string; html: string }

/** A block is a heading (optional) and lines; a line may be a link (only an http(s) address becomes one). */
export type Block = { heading?: string; lines: Array<string | { text: string; href: string }> }

/** The shop's identity defaults to its configuration (SHOP_* variables); tests pass their own. */
export function renderMail(locale: ShopLocale, subject: string, blocks: Block[], identity: ShopIdentity = readShopIdentity()): RenderedMail {
  const direction = textDirection(locale)
  const htmlBlocks = blocks
    .map((block) => {
      const heading = block.heading ? `<h2 style="font-size:16px;margin:16px 0 4px">${escapeHtml(block.heading)}</h2>` : ""
      const lines = block.lines
        .map((line) =>
          typeof line === "string" || !webLink(line.href)
            ? `<p style="margin:2px 0">${escapeHtml(typeof line === "string" ? line : line.text)}</p>`
            : `<p><a href="${escapeHtml(webLink(line.href)!)}">${escapeHtml(line.text)}</a></p>`
        )
        .join("\n")
      return heading + lines
    })
    .join("\n")
  const html = `<!doctype html>
<html lang="${locale}" dir="${direction}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1f2933;max-width:600px;margin:auto;padding:0 12px" dir="${direction}">
${headerHtml(identity, locale)}
${htmlBlocks}
${footerHtml(identity, locale)}
</body>
</html>
`
  const body = blocks
    .map((block) =>
      [block.heading, ...block.lines.map((line) => (typeof line === "string" ? line : webLink(line.href) ? `${line.text} : ${webLink(line.href)}` : line.text))]
        .filter(Boolean)
        .join("\n")
    )
    .join("\n\n")
  const text = `${headerLine(identity, locale)}\n\n${body}\n\n--\n${footerLines(identity, locale).join("\n")}\n`
  return { subject, text, html }
}
