import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { MAX_LINE_QUANTITY, readQuantity, VARIANT_ID } from "../cart-input"

describe("readQuantity", () => {
  it("reads whole numbers from 1 to the line maximum", () => {
    assert.equal(readQuantity("1"), 1)
    assert.equal(readQuantity(" 12 "), 12)
    assert.equal(readQuantity(String(MAX_LINE_QUANTITY)), MAX_LINE_QUANTITY)
  })

  it("refuses zero, negatives, decimals, words, too many and what is not text", () => {
    for (const value of ["0", "-1", "1.5", "deux", "", String(MAX_LINE_QUANTITY + 1), "1e2"]) assert.equal(readQuantity(value), null, value)
    assert.equal(readQuantity(null), null)
  })
})

describe("VARIANT_ID", () => {
  it("accepts a Medusa variant id and nothing else", () => {
    assert.ok(VARIANT_ID.test("variant_01M8FJC48CWSA729PGF8NRMBGN"))
    assert.ok(!VARIANT_ID.test("variant_01M8FJC48CWSA729PGF8NRMBGN/../x"))
    assert.ok(!VARIANT_ID.test("prod_01M8FJC48CWSA729PGF8NRMBGN"))
  })
})
