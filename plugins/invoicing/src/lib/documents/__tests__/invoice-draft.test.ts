import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { creditNoteDraft, invoiceDraft, type PaidOrder } from "../invoice-draft"

const ISSUED_AT = new Date("2027-01-15T09:30:00Z")
const SELLER = { legal_name: "SARL MJ Chauffage", address: "12 rue Didouche Mourad, Alger", address_ar: null, rc: "16/00-1234567B21", nif: "002116001234567", nis: null, ai: "16012345678" }

/** The seeded three-way valve motor, delivered home: 11 900 + 600 DA, tax included. */
const ORDER: PaidOrder = {
  id: "order_1",
  display_id: 42,
  email: "karim@example.dz",
  locale: "ar-DZ",
  currency_code: "dzd",
  total: 12_500,
  items: [{ product_id: "prod_1", product_title: "Moteur de vanne 3 voies", variant_title: "Standard", quantity: 1, unit_price: 11_900, total: 11_900, tax_lines: [{ rate: 19 }] }],
  shipping_methods: [{ name: "Livraison à domicile", data: { mode: "home" }, amount: 600, total: 600, tax_lines: [{ rate: 19 }] }],
  shipping_address: { first_name: "Karim", last_name: "Benali", address_1: "12 rue Didouche Mourad", postal_code: "16000", city: "Alger Centre", phone: "+213550123456" },
}

describe("invoice drafts", () => {
  it("an invoice: a line per item and per delivery, HT / TVA / TTC in centimes, totals the lines' sums", () => {
    const draft = invoiceDraft(ORDER, { seller: SELLER, paymentMethod: "pp_cod_cod", issuedAt: ISSUED_AT, arabicTitles: { prod_1: "محرك صمام ثلاثي الاتجاهات" } })
    assert.deepEqual(draft.lines, [
      { kind: "item", title: "Moteur de vanne 3 voies", title_ar: "محرك صمام ثلاثي الاتجاهات", quantity: 1, unit_ttc: 1_190_000, ttc: 1_190_000, ht: 1_000_000, tva: 190_000, rate: 19 },
      { kind: "delivery", title: "home", quantity: 1, unit_ttc: 60_000, ttc: 60_000, ht: 50_420, tva: 9_580, rate: 19 },
    ])
    assert.deepEqual([draft.total_ht, draft.total_tva, draft.total_ttc], [1_050_420, 199_580, 1_250_000])
    assert.equal(draft.locale, "ar")
    assert.deepEqual(draft.buyer, { name: "Karim Benali", address: "12 rue Didouche Mourad, 16000 Alger Centre", email: "karim@example.dz", phone: "+213550123456" })
    assert.equal(draft.issued_at, ISSUED_AT)
  })

  it("names a part's variant unless it is its only one, in Arabic with the shop's option words", () => {
    const order = { ...ORDER, items: [{ ...ORDER.items![0]!, variant_title: "Lot de 5" }] }
    const [line] = invoiceDraft(order, { seller: SELLER, paymentMethod: "pp_cod_cod", issuedAt: ISSUED_AT, arabicTitles: { prod_1: "محرك" } }).lines
    assert.equal(line!.title, "Moteur de vanne 3 voies — Lot de 5")
    assert.match(line!.title_ar!, /^محرك — /)
    assert.doesNotMatch(line!.title_ar!, /Lot/)
    // Without an Arabic title the Arabic PDF shows the French one: no title_ar is kept.
    assert.equal(invoiceDraft(order, { seller: SELLER, paymentMethod: "pp_cod_cod", issuedAt: ISSUED_AT }).lines[0]!.title_ar, undefined)
  })

  it("refuses an order whose lines do not make its total (nothing is invoiced wrongly)", () => {
    assert.throws(() => invoiceDraft({ ...ORDER, total: 12_000 }, { seller: SELLER, paymentMethod: "pp_cod_cod", issuedAt: ISSUED_AT }), /lines come to 1250000/)
  })

  it("a credit note: the refunded amount TTC, split at the invoice's rate, pointing to the invoice", () => {
    const invoice = { ...invoiceDraft(ORDER, { seller: SELLER, paymentMethod: "pp_satim_satim", issuedAt: ISSUED_AT }), number: "2027-000007" }
    const note = creditNoteDraft(invoice, { id: "ref_1", amount: "1000" }, { seller: SELLER, issuedAt: ISSUED_AT })
    assert.equal(note.kind, "credit_note")
    assert.equal(note.credits_number, "2027-000007")
    assert.equal(note.refund_id, "ref_1")
    assert.deepEqual([note.total_ht, note.total_tva, note.total_ttc], [84_034, 15_966, 100_000])
    assert.throws(() => creditNoteDraft(invoice, { id: "ref_2", amount: 0 }, { seller: SELLER, issuedAt: ISSUED_AT }), /nothing to credit/)
  })
})
