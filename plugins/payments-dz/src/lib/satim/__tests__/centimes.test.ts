import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { cardAmountRefusal } from "../centimes"

describe("cardAmountRefusal", () => {
  it("lets a card pay from 50 DA to the largest amount an attempt can record", () => {
    assert.equal(cardAmountRefusal(50), null)
    assert.equal(cardAmountRefusal("24900.50"), null)
    assert.equal(cardAmountRefusal(21_474_836.47), null)
  })

  it("says why not: nothing to pay, too small, too large, or not an amount", () => {
    assert.equal(cardAmountRefusal(0), "cart_not_payable")
    assert.equal(cardAmountRefusal(undefined), "cart_not_payable")
    assert.equal(cardAmountRefusal(12.345), "cart_not_payable")
    assert.equal(cardAmountRefusal(49.99), "card_amount_too_small")
    assert.equal(cardAmountRefusal(21_474_836.48), "card_amount_too_large")
  })
})
