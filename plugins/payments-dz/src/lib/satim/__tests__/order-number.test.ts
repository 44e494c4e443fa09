import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { ORDER_NUMBER_PATTERN, newOrderNumber } from "../order-number"

describe("newOrderNumber", () => {
  it("property: always ten digits, whatever the random source gives", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }), (draws) => {
        let index = 0
        assert.match(newOrderNumber(() => draws[index++]!), ORDER_NUMBER_PATTERN)
      })
    )
  })

  it("draws differ", () => {
    const drawn = new Set(Array.from({ length: 1000 }, () => newOrderNumber()))
    assert.ok(drawn.size > 995)
  })
})
