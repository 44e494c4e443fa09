import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { awaitsCourierCash, orderStatusKey } from "../status-words"

describe("an order's status in the customer's words", () => {
  it("says what a pending order waits for: a BaridPay transfer or the courier's cash", () => {
    assert.equal(orderStatusKey({ customer_status: "PENDING", payment_method: "baridpay" }), "pendingBaridpay")
    assert.equal(orderStatusKey({ customer_status: "PENDING", payment_method: "cash_on_delivery" }), "statuses.PENDING")
    assert.equal(awaitsCourierCash({ customer_status: "PENDING", payment_method: "cash_on_delivery" }), true)
    assert.equal(awaitsCourierCash({ customer_status: "PENDING", payment_method: "baridpay" }), false)
  })

  it("reads every other status the same whatever the payment", () => {
    for (const payment_method of ["card", "cash_on_delivery", "baridpay"] as const) {
      assert.equal(orderStatusKey({ customer_status: "PAID", payment_method }), "statuses.PAID")
      assert.equal(orderStatusKey({ customer_status: "CANCELLED", payment_method }), "statuses.CANCELLED")
      assert.equal(awaitsCourierCash({ customer_status: "SHIPPED", payment_method }), false)
    }
  })
})
