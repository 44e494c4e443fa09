import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { decideCheckout } from "../checkout-outcome"

const expected = { checkout_id: "01hj5n", amount: 34_700, livemode: false }
const checkout = (change: Record<string, unknown> = {}) => ({ id: "01hj5n", status: "paid", amount: 34_700, currency: "dzd", livemode: false, ...change })

describe("Chargily checkout outcome", () => {
  it("is paid only for our checkout, its amount, in dinars, in our mode", () => {
    assert.equal(decideCheckout(expected, checkout()).kind, "paid")
    // Chargily's mode arrives as a string too.
    assert.equal(decideCheckout(expected, checkout({ livemode: "false", currency: "DZD" })).kind, "paid")
  })

  it("calls a paid checkout that is not what we asked for a mismatch, naming each difference", () => {
    const outcome = decideCheckout(expected, checkout({ id: "other", amount: 100, currency: "eur", livemode: true }))
    assert.equal(outcome.kind, "mismatch")
    assert.equal(outcome.kind === "mismatch" && outcome.problems.length, 4)
    assert.equal(decideCheckout({ ...expected, livemode: true }, checkout()).kind, "mismatch")
  })

  it("waits on pending and processing, and closes on failed, canceled and expired", () => {
    assert.equal(decideCheckout(expected, checkout({ status: "pending" })).kind, "pending")
    assert.equal(decideCheckout(expected, checkout({ status: "processing" })).kind, "pending")
    assert.equal(decideCheckout(expected, checkout({ status: "failed" })).kind, "failed")
    assert.equal(decideCheckout(expected, checkout({ status: "canceled" })).kind, "canceled")
    assert.equal(decideCheckout(expected, checkout({ status: "expired" })).kind, "canceled")
  })

  it("reads nothing into an answer it cannot read", () => {
    for (const body of [null, "paid", {}, checkout({ amount: "lots" }), checkout({ status: "refunded" }), checkout({ id: 5 })]) {
      assert.equal(decideCheckout(expected, body).kind, "unknown", JSON.stringify(body))
    }
  })
})
