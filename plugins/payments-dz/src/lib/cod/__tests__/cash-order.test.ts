import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { cashOrderFacts, type OrderForCod } from "../cash-order"

const COD = "pp_cod_cod"
const order = (overrides: Partial<OrderForCod> = {}): OrderForCod => ({
  id: "order_1",
  status: "pending",
  items: [
    { id: "item_a", detail: { quantity: 2, fulfilled_quantity: 0, shipped_quantity: 0 } },
    { id: "item_b", detail: { quantity: { numeric: 1 }, fulfilled_quantity: "0", shipped_quantity: null } },
  ],
  fulfillments: [],
  payment_collections: [{ id: "paycol_1", payments: [{ id: "pay_1", provider_id: COD, captured_at: null, canceled_at: null }] }],
  ...overrides,
})

describe("cashOrderFacts", () => {
  it("a placed cash order: its open cash payment, everything to ship, no parcel yet", () => {
    assert.deepEqual(cashOrderFacts(order(), COD), {
      order_id: "order_1",
      order_canceled: false,
      open_cash_payment_id: "pay_1",
      cash_captured: false,
      payment_collection_ids: ["paycol_1"],
      to_ship: [
        { id: "item_a", quantity: 2 },
        { id: "item_b", quantity: 1 },
      ],
      parcel: null,
      shipped: [],
    })
  })

  it("shipped: nothing left to ship, the parcel on the road and what it carries", () => {
    const facts = cashOrderFacts(
      order({
        items: [{ id: "item_a", detail: { quantity: 2, fulfilled_quantity: 2, shipped_quantity: 2 } }],
        fulfillments: [
          { id: "ful_old", location_id: "sloc_1", shipped_at: null, canceled_at: "2026-12-01" },
          { id: "ful_1", location_id: "sloc_1", shipped_at: "2026-12-02", delivered_at: null, canceled_at: null },
        ],
      }),
      COD
    )
    assert.deepEqual([facts?.to_ship, facts?.parcel, facts?.shipped], [[], { id: "ful_1", location_id: "sloc_1" }, [{ id: "item_a", quantity: 2 }]])
  })

  it("a cash payment captured from Medusa's own button is not open any more", () => {
    const facts = cashOrderFacts(order({ payment_collections: [{ id: "paycol_1", payments: [{ id: "pay_1", provider_id: COD, captured_at: "2026-12-03" }] }] }), COD)
    assert.deepEqual([facts?.open_cash_payment_id, facts?.cash_captured], [null, true])
  })

  it("an order paid by card is not a cash order; a cancelled one says so", () => {
    assert.equal(cashOrderFacts(order({ payment_collections: [{ id: "paycol_1", payments: [{ id: "pay_1", provider_id: "pp_satim_satim" }] }] }), COD), null)
    assert.equal(cashOrderFacts(order({ status: "canceled" }), COD)?.order_canceled, true)
  })
})
