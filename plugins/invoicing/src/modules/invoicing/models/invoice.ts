import { model } from "@medusajs/framework/utils"

/**
 * An invoice or a credit note (avoir), as issued: everything it shows is a snapshot taken at issue
 * (lines, amounts, seller, payment method), so that a later change to the order, the catalogue or the
 * shop's settings never alters a document already delivered (Loi 18-05). Amounts are in centimes.
 * Invoices and credit notes share one series of numbers per Algiers year (`2027-000001`).
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    /** "2027-000001": the year, then the sequence on six digits. */
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    kind: model.enum(["invoice", "credit_note"]),
    order_id: model.text(),
    /** A credit note's refund (Medusa's refund id): one credit note per refund. */
    refund_id: model.text().nullable(),
    /** A credit note's invoice number, printed on it. */
    credits_number: model.text().nullable(),
    issued_at: model.dateTime(),
    currency_code: model.text(),
    total_ht: model.number(),
    total_tva: model.number(),
    total_ttc: model.number(),
    /** [{ title, quantity, unit_ttc, ttc, ht, tva, rate }] in centimes. */
    lines: model.json(),
    /** The payment provider (pp_cod_cod, pp_satim_satim…). */
    payment_method: model.text(),
    /** The seller's identity at issue: legal name, address, RC, NIF, NIS, AI. */
    seller: model.json(),
    /** The buyer as the order names them: name, address, e-mail. */
    buyer: model.json(),
    order_display_id: model.number(),
    /** The order's language: the PDF's default. */
    locale: model.text(),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["year", "sequence"], unique: true },
    // Exactly one invoice per order, however many times the payment's event is delivered.
    { on: ["order_id"], unique: true, where: "kind = 'invoice' AND deleted_at IS NULL" },
    { on: ["refund_id"], unique: true, where: "refund_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["order_id", "issued_at"] },
  ])
