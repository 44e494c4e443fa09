/**
 * The receipt PDF, built from the shop's real labels in both languages, read back with poppler
 * (pdftotext, pdftoppm): every field SATIM's certification asks for is in it; the Arabic words come
 * back in reading order with their letters' shapes; the Arabic receipt draws its labels on the right.
 */
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, describe, it } from "node:test"
import type { PaymentReceipt } from "@mj-chauffage/payments-dz/lib/satim/receipt"
import ar from "../../../messages/ar.json"
import fr from "../../../messages/fr.json"
import { receiptFonts } from "../receipt-fonts"
import { receiptPdf } from "../receipt-pdf"
import { RECEIPT_LABELS, receiptRows } from "@mj-chauffage/shop-kernel/card-receipt"

const receipt: PaymentReceipt = {
  status: "paid",
  order_number: "MJ7K2Q9X4T",
  satim_order_id: "9b1c7f1e-55a2-4a0e-9d7e-2f5c2a1b0c3d",
  order_id: "order_01",
  shop_order_number: 42,
  amount: 12500,
  currency_code: "dzd",
  approval_code: "482913",
  response_description: "Votre paiement a été accepté",
  card: "628058**6712",
  paid_at: "2026-11-28T09:05:07.000Z",
  means: "CIB / Edahabia",
  toll_free_number: "3020",
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "mj-receipt-"))
after(() => fs.rmSync(work, { recursive: true, force: true }))

async function build(locale: "fr" | "ar") {
  const words = (locale === "ar" ? ar : fr).cardPayment
  const pdf = await receiptPdf(
    {
      direction: locale === "ar" ? "rtl" : "ltr",
      language: locale,
      title: words.receipt,
      intro: words.paidText,
      rows: receiptRows(receipt, locale),
      footer: words.pdfFooter,
    },
    receiptFonts()
  )
  const file = path.join(work, `receipt-${locale}.pdf`)
  fs.writeFileSync(file, pdf)
  return { pdf, file, words }
}

/** The page's text with its layout (-layout keeps each line's words where they are drawn). */
/**
 * An Arabic word without its dots: joined letters that differ only by dots share one glyph in the
 * font (medial ت and ي), so a PDF's text maps them back to either; the shapes and their order stay.
 */
const DOTLESS: Record<string, string> = Object.fromEntries(
  ["بتثنيى", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة", "اأإآ"].flatMap((group) => [...group].map((letter) => [letter, group[0]!]))
)
// pdftotext marks each Latin run of an Arabic line with bidi embeddings (U+202A…U+202C): not text.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const skeleton = (text: string) => [...text.normalize("NFC").replace(BIDI_CONTROLS, "")].map((letter) => DOTLESS[letter] ?? letter).join("")

const textOf = (file: string, layout = false) => execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"], { encoding: "utf8" })

describe("card receipt PDF", () => {
  for (const locale of ["fr", "ar"] as const) {
    it(`holds every certification field as text (${locale})`, async () => {
      const { pdf, file } = await build(locale)
      assert.equal(pdf.subarray(0, 5).toString(), "%PDF-")
      const text = textOf(file).normalize("NFC")
      for (const value of [receipt.order_number, "#42", receipt.satim_order_id!, receipt.approval_code!, "628058**6712", "CIB", "Edahabia", "3020", "12", "500", "2026", "10:05:07"]) {
        assert.ok(text.includes(value), `${value} missing from the ${locale} receipt:\n${text}`)
      }
      // Every label comes back whole, in reading order (Arabic: letter shapes, see DOTLESS).
      for (const field of ["response", "shopOrder", "satimOrderId", "orderNumber", "approvalCode", "dateTime", "amount", "means", "tollFree"] as const) {
        const label = RECEIPT_LABELS[locale][field]
        assert.ok(skeleton(text).includes(skeleton(label)), `"${label}" (${field}) missing from the ${locale} receipt:\n${text}`)
      }
    })
  }

  it("renders to an image, the Arabic receipt's ink against the right margin", async () => {
    const { file } = await build("ar")
    // A 300 px wide grey image of the page: which columns hold ink.
    const pgm = execFileSync("pdftoppm", ["-gray", "-scale-to-x", "300", "-scale-to-y", "-1", "-singlefile", file], { maxBuffer: 1 << 24 })
    const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 20).toString("latin1"))!.map(Number)
    const pixels = pgm.subarray(pgm.length - width! * height!)
    const inkInColumns = (from: number, to: number) => {
      let ink = 0
      for (let row = 0; row < height!; row++) for (let column = from; column < to; column++) if (pixels[row * width! + column]! < 160) ink++
      return ink
    }
    // Labels and title sit right (columns 210-270 of 300); the left margin (0-27) stays blank.
    assert.ok(inkInColumns(210, 270) > 200, "no Arabic labels on the right")
    assert.equal(inkInColumns(0, 27), 0)
  })

  it("puts the labels on the right of an Arabic receipt and on the left of a French one", async () => {
    const line = (text: string, word: string) => text.split("\n").find((candidate) => candidate.includes(word)) ?? ""
    const french = line(textOf((await build("fr")).file, true), receipt.order_number)
    assert.ok(french.indexOf("commande") < french.indexOf(receipt.order_number), french)
    const arabic = line(textOf((await build("ar")).file, true), receipt.order_number)
    assert.ok(arabic.indexOf("الطلب") > arabic.indexOf(receipt.order_number), arabic)
  })
})
