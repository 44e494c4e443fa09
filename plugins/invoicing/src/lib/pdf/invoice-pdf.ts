/**
 * An invoice or a credit note as a PDF (A4), in French (left to right) or in Arabic (right to left):
 * the seller's legal identity, the buyer, a table of lines (HT / TVA / TTC) and the totals, the payment
 * method. Everything comes from the document's snapshot, never from the order as it is now.
 */
import PDFDocument from "pdfkit"
import { preparePdf, type PdfFonts } from "@mj-chauffage/shop-kernel/server/pdf-fonts"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { textDirection, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { drawText, type TextStyle } from "@mj-chauffage/shop-kernel/pdf-text"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { BuyerSnapshot, InvoiceKind, InvoiceLine, SellerSnapshot } from "../documents/invoice-draft"
import { INVOICE_WORDS, paymentMethodWords } from "./invoice-words"

/** The stored document, as the invoicing module keeps it. */
export type IssuedInvoice = {
  number: string
  kind: InvoiceKind
  order_display_id: number
  credits_number: string | null
  issued_at: Date | string
  total_ht: number
  total_tva: number
  total_ttc: number
  lines: InvoiceLine[]
  payment_method: string
  seller: SellerSnapshot
  buyer: BuyerSnapshot
}

/** The PDF's file name: facture-2027-000001.pdf, avoir-2027-000002.pdf. */
export const invoiceFileName = (invoice: Pick<IssuedInvoice, "kind" | "number">) => `${invoice.kind === "invoice" ? "facture" : "avoir"}-${invoice.number}.pdf`

const PAGE = { width: 595.28, height: 841.89, margin: 48 }
const dzd = (centimes: number, locale: ShopLocale) => formatDzd(centimes / 100, locale)

/** The table's columns, from the reading start (designation) to the end (TTC); widths in points. */
const COLUMNS: Array<{ key: "designation" | "quantity" | "unitTtc" | "ht" | "tva" | "ttc"; width: number }> = [
  { key: "designation", width: 165 },
  { key: "quantity", width: 36 },
  { key: "unitTtc", width: 72 },
  { key: "ht", width: 72 },
  { key: "tva", width: 62 },
  { key: "ttc", width: 92.28 },
]

function lineTitle(line: InvoiceLine, locale: ShopLocale, creditsNumber: string | null): string {
  const words = INVOICE_WORDS[locale]
  if (line.kind === "delivery") {
    if (line.title === "home") return words.deliveryHome
    if (line.title === "stopdesk") return words.deliveryStopDesk
    return line.title ? `${words.delivery} — ${line.title}` : words.delivery
  }
  if (line.kind === "refund") return creditsNumber ? `${words.refund} — ${words.creditsInvoice} ${creditsNumber}` : words.refund
  return (locale === "ar" && line.title_ar) || line.title
}

export function invoicePdf(invoice: IssuedInvoice, locale: ShopLocale, fonts: PdfFonts): Promise<Buffer> {
  const words = INVOICE_WORDS[locale]
  const direction = textDirection(locale)
  const rtl = direction === "rtl"
  const title = `${invoice.kind === "invoice" ? words.invoice : words.creditNote} ${words.number} ${invoice.number}`
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    lang: locale,
    displayTitle: true,
    info: { Title: title, Author: invoice.seller.legal_name ?? "MJ Chauffage", Creator: "MJ Chauffage" },
  })
  const done = preparePdf(pdf, fonts)

  const inner = { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin }
  const text = (value: string, box: { x: number; y: number; width: number }, style: TextStyle, align: "start" | "end" = "start") =>
    drawText(pdf, value, box, direction, style, false, align)
  const rule = (y: number) => pdf.moveTo(inner.x, y).lineTo(inner.x + inner.width, y).lineWidth(0.5).strokeColor("#bbbbbb").stroke()
  let y = PAGE.margin

  y += text(title, { ...inner, y }, { size: 18, bold: true }) + 2
  y += text(`${words.issuedOn} : ${algiersDateTime(invoice.issued_at, locale, { dateStyle: "long" })} · ${words.order} ${invoice.order_display_id}`, { ...inner, y }, { size: 10, color: "#444444" })
  if (invoice.credits_number) y += text(`${words.creditsInvoice} ${invoice.credits_number}`, { ...inner, y }, { size: 10, color: "#444444" })
  y += 14

  // Seller and buyer side by side: the seller at the reading start.
  const half = (inner.width - 24) / 2
  const startBox = { x: rtl ? inner.x + half + 24 : inner.x, width: half }
  const endBox = { x: rtl ? inner.x : inner.x + half + 24, width: half }
  const seller = invoice.seller
  const value = (field: string | null) => field ?? words.notSet
  const sellerLines = [
    value(seller.legal_name),
    value(locale === "ar" ? seller.address_ar ?? seller.address : seller.address),
    `${words.rc} : ${value(seller.rc)}`,
    `${words.nif} : ${value(seller.nif)}`,
    `${words.nis} : ${value(seller.nis)}`,
    `${words.ai} : ${value(seller.ai)}`,
  ]
  const buyer = invoice.buyer
  const buyerLines = [buyer.name, buyer.address, buyer.phone, buyer.email].filter((line): line is string => Boolean(line))
  let sellerY = y + text(words.seller, { ...startBox, y }, { size: 10, bold: true, color: "#555555" })
  for (const line of sellerLines) sellerY += text(line, { ...startBox, y: sellerY }, { size: 10 })
  let buyerY = y + text(words.buyer, { ...endBox, y }, { size: 10, bold: true, color: "#555555" })
  for (const line of buyerLines) buyerY += text(line, { ...endBox, y: buyerY }, { size: 10 })
  y = Math.max(sellerY, buyerY) + 16

  // The table: columns from the reading start, so right to left in Arabic.
  const cells: Array<{ x: number; width: number }> = []
  let offset = 0
  for (const column of COLUMNS) {
    cells.push({ x: rtl ? inner.x + inner.width - offset - column.width : inner.x + offset, width: column.width - 6 })
    offset += column.width
  }
  const row = (values: string[], style: TextStyle) => {
    rule(y)
    const top = y + 5
    const heights = values.map((cell, index) => text(cell, { ...cells[index], x: cells[index].x + 3, y: top }, style, index === 0 ? "start" : "end"))
    y = top + Math.max(...heights) + 2
  }
  row(COLUMNS.map(({ key }) => words[key]), { size: 9, bold: true, color: "#444444" })
  for (const line of invoice.lines) {
    row([lineTitle(line, locale, invoice.credits_number), String(line.quantity), dzd(line.unit_ttc, locale), dzd(line.ht, locale), dzd(line.tva, locale), dzd(line.ttc, locale)], { size: 9 })
  }
  rule(y)
  y += 10

  // Totals, under the amount columns, aligned with the TTC column's end.
  const totalsBox = { x: rtl ? inner.x : inner.x + inner.width / 2, y: 0, width: inner.width / 2 }
  const rate = invoice.lines[0]?.rate
  const totals: Array<[string, number, boolean]> = [
    [words.totalHt, invoice.total_ht, false],
    [rate === undefined ? words.totalTva : `${words.totalTva} ${rate} %`, invoice.total_tva, false],
    [words.totalTtc, invoice.total_ttc, true],
  ]
  for (const [label, amount, bold] of totals) {
    const labelHeight = text(label, { ...totalsBox, y }, { size: 11, bold })
    text(dzd(amount, locale), { ...totalsBox, y }, { size: 11, bold }, "end")
    y += labelHeight
  }
  y += 12
  y += text(`${words.paymentMethod} : ${paymentMethodWords(invoice.payment_method, locale)}`, { ...inner, y }, { size: 10 }) + 18
  text(words.footer, { ...inner, y }, { size: 8, color: "#666666" })
  pdf.end()
  return done
}
