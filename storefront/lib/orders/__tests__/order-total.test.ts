import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { orderTotalWording } from "../order-total"

describe("the order page's total", () => {
  it("is still to pay while cash on delivery is not collected, shipped or not", () => {
    assert.equal(orderTotalWording({ customer_status: "PENDING", payment_status: "authorized" }), "toPay")
    assert.equal(orderTotalWording({ customer_status: "SHIPPED", payment_status: "authorized" }), "toPay")
  })

  it("is paid once the payment is captured (a card, or cash brought back)", () => {
    assert.equal(orderTotalWording({ customer_status: "PAID", payment_status: "captured" }), "paid")
    assert.equal(orderTotalWording({ customer_status: "SHIPPED", payment_status: "captured" }), "paid")
    assert.equal(orderTotalWording({ customer_status: "PAID" }), "paid")
  })

  it("is only a total on a cancelled or refunded order", () => {
    assert.equal(orderTotalWording({ customer_status: "CANCELLED", payment_status: "captured" }), "plain")
    assert.equal(orderTotalWording({ customer_status: "CANCELLED", payment_status: "refunded" }), "plain")
  })
})
