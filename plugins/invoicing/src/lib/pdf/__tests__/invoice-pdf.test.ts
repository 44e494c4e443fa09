/**
 * The invoice PDF read back with poppler's pdftotext: the number, the totals, the seller's legal
 * identity, and in Arabic the words in reading order (compared by their letters' shapes, see DOTLESS).
 */
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, describe, it } from "node:test"
import { invoiceFonts } from "../invoice-fonts"
import { invoicePdf, type IssuedInvoice } from "../invoice-pdf"
import { INVOICE_WORDS } from "../invoice-words"

const INVOICE: IssuedInvoice = {
  number: "2027-000042",
  kind: "invoice",
  order_display_id: 17,
  credits_number: null,
  issued_at: "2027-01-15T09:30:00Z",
  total_ht: 1_050_420,
  total_tva: 199_580,
  total_ttc: 1_250_000,
  lines: [
    { kind: "item", title: "Moteur de vanne 3 voies", title_ar: "محرك صمام ثلاثي الاتجاهات", quantity: 1, unit_ttc: 1_190_000, ttc: 1_190_000, ht: 1_000_000, tva: 190_000, rate: 19 },
    { kind: "delivery", title: "home", quantity: 1, unit_ttc: 60_000, ttc: 60_000, ht: 50_420, tva: 9_580, rate: 19 },
  ],
  payment_method: "pp_cod_cod",
  seller: { legal_name: "SARL MJ Chauffage", address: "12 rue Didouche Mourad, Alger", address_ar: "12 شارع ديدوش مراد، الجزائر", rc: "16/00-1234567B21", nif: "002116001234567", nis: "098716000000000", ai: "16012345678" },
  buyer: { name: "Karim Benali", address: "Alger Centre", email: "karim@example.dz", phone: null },
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "mj-invoice-"))
after(() => fs.rmSync(work, { recursive: true, force: true }))

/** An Arabic word without its dots: letters that differ only by dots (or a hamza) share a glyph, which a PDF's text maps back to either. */
const DOTLESS: Record<string, string> = Object.fromEntries(
  ["بتثنيىئ", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة", "اأإآ"].flatMap((group) => [...group].map((letter) => [letter, group[0]!]))
)
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const skeleton = (text: string) => [...text.normalize("NFC").replace(BIDI_CONTROLS, "")].map((letter) => DOTLESS[letter] ?? letter).join("")

async function textOf(invoice: IssuedInvoice, locale: "fr" | "ar"): Promise<string> {
  const pdf = await invoicePdf(invoice, locale, invoiceFonts())
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-")
  const file = path.join(work, `${invoice.number}-${locale}.pdf`)
  fs.writeFileSync(file, pdf)
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).normalize("NFC").replace(BIDI_CONTROLS, "").replace(/\u00a0/g, " ")
}

describe("invoice PDF", () => {
  it("in French: number, lines, HT / TVA / TTC totals, the seller's RC, NIF, NIS, AI, the payment method", async () => {
    const text = await textOf(INVOICE, "fr")
    for (const expected of ["Facture N° 2027-000042", "Commande n° 17", "Moteur de vanne 3 voies", "Livraison à domicile", "10 504,20 DA", "1 995,80 DA", "12 500 DA", "TVA 19 %", "16/00-1234567B21", "002116001234567", "098716000000000", "16012345678", "Paiement à la livraison", "15 janvier 2027"]) {
      assert.ok(text.includes(expected), `${expected} missing:\n${text}`)
    }
  })

  it("in Arabic: the same figures, and the Arabic words in reading order", async () => {
    const text = skeleton(await textOf(INVOICE, "ar"))
    for (const expected of ["2027-000042", "12 500", "1 995,80", "16/00-1234567B21", "002116001234567"]) {
      assert.ok(text.includes(expected), `${expected} missing:\n${text}`)
    }
    const words = INVOICE_WORDS.ar
    for (const phrase of [words.invoice, words.totalTtc, words.paymentMethod, "الدفع عند الاستلام", words.seller, words.nif, words.deliveryHome, "محرك صمام ثلاثي الاتجاهات"]) {
      assert.ok(text.includes(skeleton(phrase)), `${phrase} missing:\n${text}`)
    }
  })

  it("a credit note names the invoice it credits", async () => {
    const note: IssuedInvoice = {
      ...INVOICE,
      number: "2027-000043",
      kind: "credit_note",
      credits_number: "2027-000042",
      total_ht: 84_034,
      total_tva: 15_966,
      total_ttc: 100_000,
      lines: [{ kind: "refund", title: "", quantity: 1, unit_ttc: 100_000, ttc: 100_000, ht: 84_034, tva: 15_966, rate: 19 }],
    }
    const text = await textOf(note, "fr")
    for (const expected of ["Avoir N° 2027-000043", "Avoir sur la facture n° 2027-000042", "1 000 DA", "840,34 DA"]) {
      assert.ok(text.includes(expected), `${expected} missing:\n${text}`)
    }
  })
})
