import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import PDFDocument from "pdfkit"
import type { ReceiptRow } from "@mj-chauffage/shop-kernel/card-receipt"
import { isArabicWord, piecesLeftToRight, wordsLeftToRight, type Direction } from "./visual-words"

/**
 * The card receipt as a PDF (A4), French left to right or Arabic right to left. Each word is drawn
 * on its own, in the order visual-words.ts gives, with the font of its script: pdfkit shapes an
 * Arabic word (joined letters) but has no bidirectional layout of a whole line.
 */
export type ReceiptFonts = { latin: Buffer; latinBold: Buffer; arabic: Buffer; arabicBold: Buffer }

export type ReceiptPdfContent = {
  direction: Direction
  /** Written in the PDF's properties. */
  language: ShopLocale
  title: string
  intro: string
  rows: ReceiptRow[]
  footer: string
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 }
const LABEL_COLUMN = 190

type Style = { size: number; bold?: boolean; color?: string }

function fontFor(word: string, bold: boolean | undefined) {
  if (isArabicWord(word)) return bold ? "arabic-bold" : "arabic"
  return bold ? "latin-bold" : "latin"
}

const widthOf = (pdf: PDFKit.PDFDocument, word: string, style: Style) =>
  piecesLeftToRight(word).reduce((sum, piece) => sum + pdf.font(fontFor(piece, style.bold)).fontSize(style.size).widthOfString(piece), 0)

/** Splits the text into lines no wider than `width`, keeping the words' reading order (first line first). */
function wrap(pdf: PDFKit.PDFDocument, text: string, width: number, style: Style, spaceWidth: number): string[] {
  const lines: string[][] = [[]]
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = widthOf(pdf, word, style)
    const line = lines.at(-1)!
    if (line.length && used + spaceWidth + wordWidth > width) {
      lines.push([word])
      used = wordWidth
    } else {
      used += (line.length ? spaceWidth : 0) + wordWidth
      line.push(word)
    }
  }
  return lines.map((words) => words.join(" "))
}

/**
 * Draws `text` in a box `width` wide starting at `x`, aligned to the box's start side for the
 * direction; returns the height used. `ltr` forces left-to-right (codes, amounts). Words sit on
 * one baseline whatever their font (the Arabic and Latin fonts have different ascents).
 */
function drawText(pdf: PDFKit.PDFDocument, text: string, box: { x: number; y: number; width: number }, direction: Direction, style: Style, ltr = false): number {
  const spaceWidth = pdf.font("latin").fontSize(style.size).widthOfString(" ")
  const lineHeight = style.size * 1.5
  const lines = wrap(pdf, text, box.width, style, spaceWidth)
  lines.forEach((line, index) => {
    const words = ltr ? line.split(" ") : wordsLeftToRight(line, direction)
    const widths = words.map((word) => widthOf(pdf, word, style))
    const total = widths.reduce((sum, width) => sum + width, 0) + spaceWidth * (words.length - 1)
    let x = direction === "rtl" ? box.x + box.width - total : box.x
    const baseline = box.y + index * lineHeight + style.size
    for (const word of words) {
      for (const piece of piecesLeftToRight(word)) {
        pdf.font(fontFor(piece, style.bold)).fontSize(style.size).fillColor(style.color ?? "#111111")
        pdf.text(piece, x, baseline, { lineBreak: false, baseline: "alphabetic" })
        x += pdf.widthOfString(piece)
      }
      x += spaceWidth
    }
  })
  return lines.length * lineHeight
}

export function receiptPdf(content: ReceiptPdfContent, fonts: ReceiptFonts): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    lang: content.language,
    displayTitle: true,
    info: { Title: content.title, Author: "MJ Chauffage", Creator: "MJ Chauffage" },
  })
  pdf.registerFont("latin", fonts.latin)
  pdf.registerFont("latin-bold", fonts.latinBold)
  pdf.registerFont("arabic", fonts.arabic)
  pdf.registerFont("arabic-bold", fonts.arabicBold)
  const chunks: Buffer[] = []
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)))
    pdf.on("error", reject)
  })

  const rtl = content.direction === "rtl"
  const inner = { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin }
  let y = PAGE.margin
  y += drawText(pdf, "MJ Chauffage", { ...inner, y }, content.direction, { size: 11, color: "#555555" }, false)
  y += drawText(pdf, content.title, { ...inner, y }, content.direction, { size: 20, bold: true }) + 6
  y += drawText(pdf, content.intro, { ...inner, y }, content.direction, { size: 11 }) + 14

  const labelBox = { x: rtl ? inner.x + inner.width - LABEL_COLUMN : inner.x, width: LABEL_COLUMN - 12 }
  const valueBox = { x: rtl ? inner.x : inner.x + LABEL_COLUMN, width: inner.width - LABEL_COLUMN }
  for (const row of content.rows) {
    pdf.moveTo(inner.x, y).lineTo(inner.x + inner.width, y).lineWidth(0.5).strokeColor("#cccccc").stroke()
    y += 8
    const labelHeight = drawText(pdf, row.label, { ...labelBox, y }, content.direction, { size: 11, color: "#444444" })
    // An LTR value on an Arabic receipt still sits against the label, on the right of its column.
    const valueHeight = drawText(pdf, row.value, { ...valueBox, y }, content.direction, { size: 11, bold: true }, row.ltr)
    y += Math.max(labelHeight, valueHeight) + 4
  }
  pdf.moveTo(inner.x, y).lineTo(inner.x + inner.width, y).lineWidth(0.5).strokeColor("#cccccc").stroke()
  y += 18
  drawText(pdf, content.footer, { ...inner, y }, content.direction, { size: 10, color: "#555555" })
  pdf.end()
  return done
}
