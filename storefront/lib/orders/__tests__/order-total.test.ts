import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { orderTotalWording, partlyRefunded } from "../order-total"

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
    assert.equal(orderTotalWording({ customer_status: "REFUNDED", payment_status: "refunded" }), "plain")
  })

  it("stays paid on a returned order waiting for its refund", () => {
    assert.equal(orderTotalWording({ customer_status: "RETURNED", payment_status: "captured" }), "paid")
  })
})

describe("the partly refunded amount", () => {
  it("is shown beside a paid or shipped order's total once something was refunded", () => {
    assert.equal(partlyRefunded({ customer_status: "PAID", refunded_total: 1200 }), 1200)
    assert.equal(partlyRefunded({ customer_status: "SHIPPED", refunded_total: 300 }), 300)
  })

  it("is not shown when nothing was refunded, nor on a cancelled or fully refunded order", () => {
    assert.equal(partlyRefunded({ customer_status: "PAID", refunded_total: 0 }), null)
    assert.equal(partlyRefunded({ customer_status: "PAID" }), null)
    assert.equal(partlyRefunded({ customer_status: "REFUNDED", refunded_total: 5000 }), null)
    assert.equal(partlyRefunded({ customer_status: "CANCELLED", refunded_total: 5000 }), null)
  })
})
