/**
 * Text in a PDF, French left to right or Arabic right to left, for pdfkit documents (the card
 * receipt, invoices). PDF has no bidirectional layout: each word is drawn on its own, in the order
 * visual-words.ts gives, with the font of its script (pdfkit shapes an Arabic word's joined
 * letters). The document registers four fonts under these names: latin, latin-bold, arabic, arabic-bold.
 */
import { isArabicWord, piecesLeftToRight, wordsLeftToRight, type Direction } from "./visual-words.js"

/** What these helpers use of a pdfkit document (PDFKit.PDFDocument has it all). */
export interface PdfTextCanvas {
  font(name: string): this
  fontSize(size: number): this
  fillColor(color: string): this
  widthOfString(text: string): number
  text(text: string, x: number, y: number, options: { lineBreak: false; baseline: "alphabetic" }): this
}

export type TextStyle = { size: number; bold?: boolean; color?: string }
export type TextBox = { x: number; y: number; width: number }

function fontFor(word: string, bold: boolean | undefined) {
  if (isArabicWord(word)) return bold ? "arabic-bold" : "arabic"
  return bold ? "latin-bold" : "latin"
}

export const textWidth = (pdf: PdfTextCanvas, word: string, style: TextStyle) =>
  piecesLeftToRight(word).reduce((sum, piece) => sum + pdf.font(fontFor(piece, style.bold)).fontSize(style.size).widthOfString(piece), 0)

/** Splits the text into lines no wider than `width`, keeping the words' reading order (first line first). */
function wrap(pdf: PdfTextCanvas, text: string, width: number, style: TextStyle, spaceWidth: number): string[] {
  const lines: string[][] = [[]]
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = textWidth(pdf, word, style)
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
 * direction (or to `align`); returns the height used. `ltr` forces left-to-right (codes, amounts).
 * Words sit on one baseline whatever their font (the Arabic and Latin fonts have different ascents).
 */
export function drawText(
  pdf: PdfTextCanvas,
  text: string,
  box: TextBox,
  direction: Direction,
  style: TextStyle,
  ltr = false,
  align: "start" | "end" = "start"
): number {
  const spaceWidth = pdf.font("latin").fontSize(style.size).widthOfString(" ")
  const lineHeight = style.size * 1.5
  const lines = wrap(pdf, text, box.width, style, spaceWidth)
  const rightAligned = (direction === "rtl") !== (align === "end")
  lines.forEach((line, index) => {
    const words = ltr ? line.split(" ") : wordsLeftToRight(line, direction)
    const widths = words.map((word) => textWidth(pdf, word, style))
    const total = widths.reduce((sum, width) => sum + width, 0) + spaceWidth * (words.length - 1)
    let x = rightAligned ? box.x + box.width - total : box.x
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
