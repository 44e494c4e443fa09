import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { paymentReceipt, shopOrderNumber, type PaymentRecord } from "../receipt"

const record = (overrides: Partial<PaymentRecord> = {}): PaymentRecord => ({
  status: "paid",
  order_number: "4821730956",
  satim_order_id: "7f4c1a0e-0000-4000-8000-000000000001",
  cart_id: "cart_1",
  order_id: "order_1",
  amount_centimes: 2_490_050,
  decided_at: new Date("2026-11-28T10:15:00+01:00"),
  answer: { approvalCode: "123456", respCodeDescription: "Transaction approuvée", maskedPan: "628058**6712", actionCodeDescription: "Accepté" },
  failure: null,
  ...overrides,
})

describe("paymentReceipt", () => {
  it("gives every field SATIM's certification asks for on a paid receipt", () => {
    assert.deepEqual(paymentReceipt(record(), 42), {
      status: "paid",
      order_number: "4821730956",
      satim_order_id: "7f4c1a0e-0000-4000-8000-000000000001",
      order_id: "order_1",
      shop_order_number: 42,
      amount: 24900.5,
      currency_code: "dzd",
      approval_code: "123456",
      response_description: "Transaction approuvée",
      card: "628058**6712",
      paid_at: "2026-11-28T09:15:00.000Z",
      means: "CIB / Edahabia",
      toll_free_number: "3020",
    })
  })

  it("gives the shop's order number only for a payment that became an order", () => {
    assert.equal(paymentReceipt(record()).shop_order_number, null)
    assert.equal(paymentReceipt(record({ status: "refunded", order_id: null }), 42).shop_order_number, null)
  })

  it("reads the shop's order number as the order's display_id", async () => {
    const asked: unknown[] = []
    const query = {
      graph: async (config: unknown) => {
        asked.push(config)
        return { data: [{ display_id: 42 }] }
      },
    }
    assert.equal(await shopOrderNumber(query, "order_1"), 42)
    assert.deepEqual(asked, [{ entity: "order", fields: ["display_id"], filters: { id: "order_1" } }])
    assert.equal(await shopOrderNumber(query, null), null)
    assert.equal(asked.length, 1)
  })

  it("never carries the cart id (the storefront's bearer secret): whoever holds SATIM's order id reads it", () => {
    for (const status of ["paid", "refunded", "declined", "rejected", "awaiting_card"] as const) {
      assert.ok(!JSON.stringify(paymentReceipt(record({ status }))).includes("cart_1"))
    }
  })

  it("a payment the shop gave back says why", () => {
    assert.equal(paymentReceipt(record({ status: "refunded", order_id: null, refund_reason: "already_ordered" })).refund_reason, "already_ordered")
    assert.equal(paymentReceipt(record({ status: "paid" })).refund_reason, undefined)
  })

  it("a rejected payment carries the fixed message in Arabic, French and English, each with 3020", () => {
    const receipt = paymentReceipt(record({ status: "rejected", order_id: null }))
    assert.equal(receipt.paid_at, null)
    for (const message of Object.values(receipt.rejected_message!)) assert.match(message, /3020/)
  })

  it("a declined payment shows respCode_desc, else actionCodeDescription", () => {
    const declined = { respCodeDescription: "Solde insuffisant sur la carte", actionCodeDescription: "Paiement refusé", maskedPan: "628058**6712" }
    assert.equal(paymentReceipt(record({ status: "declined", answer: declined })).decline_message, "Solde insuffisant sur la carte")
    assert.equal(paymentReceipt(record({ status: "declined", answer: { actionCodeDescription: "Solde insuffisant" } })).decline_message, "Solde insuffisant")
    assert.equal(paymentReceipt(record({ status: "declined", answer: null })).decline_message, null)
  })
})
