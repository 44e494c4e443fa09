/** The frame every customer e-mail shares: direction and language, escaping, a plain-text twin. */
import { textDirection, type ShopLocale } from "./locale.js"
import { webLink } from "./web-link.js"


export type RenderedMail = { subject: string; text: string; html: string }

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!)

/** A block is a heading (optional) and lines; a line may be a link (only an http(s) address becomes one). */
export type Block = { heading?: string; lines: Array<string | { text: string; href: string }> }

export function renderMail(locale: ShopLocale, subject: string, blocks: Block[]): RenderedMail {
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
<body style="font-family:Arial,sans-serif;color:#1f2933;max-width:600px;margin:auto">
${htmlBlocks}
<p style="color:#52606d;font-size:12px;margin-top:24px">MJ Chauffage</p>
</body>
</html>
`
  const text =
    blocks
      .map((block) =>
        [block.heading, ...block.lines.map((line) => (typeof line === "string" ? line : webLink(line.href) ? `${line.text} : ${webLink(line.href)}` : line.text))]
          .filter(Boolean)
          .join("\n")
      )
      .join("\n\n") + "\n\nMJ Chauffage\n"
  return { subject, text, html }
}
