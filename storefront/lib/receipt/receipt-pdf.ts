import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import PDFDocument from "pdfkit"
import { preparePdf, type PdfFonts } from "@mj-chauffage/shop-kernel/server/pdf-fonts"
import type { ReceiptRow } from "@mj-chauffage/shop-kernel/card-receipt"
import type { Direction } from "@mj-chauffage/shop-kernel/visual-words"
import { drawText } from "@mj-chauffage/shop-kernel/pdf-text"

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

/**
 * The card receipt as a PDF (A4), French left to right or Arabic right to left, its text laid out
 * word by word by the kernel's pdf-text.ts (pdfkit shapes Arabic words but has no bidirectional layout).
 */
export function receiptPdf(content: ReceiptPdfContent, fonts: PdfFonts): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    lang: content.language,
    displayTitle: true,
    info: { Title: content.title, Author: "MJ Chauffage", Creator: "MJ Chauffage" },
  })
  const done = preparePdf(pdf, fonts)

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
