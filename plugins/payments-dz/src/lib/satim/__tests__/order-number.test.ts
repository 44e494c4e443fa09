import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { ORDER_NUMBER_PATTERN, newOrderNumber } from "../order-number"

describe("newOrderNumber", () => {
  it("property: the ten digits are exactly ten draws of the random source, each a digit from 0 to 9", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }), (draws) => {
        const asked: number[] = []
        const number = newOrderNumber((max) => {
          asked.push(max)
          return draws[asked.length - 1]!
        })
        assert.equal(number, draws.join(""))
        assert.deepEqual(asked, Array(10).fill(10))
        assert.match(number, ORDER_NUMBER_PATTERN)
      })
    )
  })

  it("a leading zero is kept: SATIM's limit is ten characters, not a number below 10^10", () => {
    assert.equal(newOrderNumber(() => 0), "0000000000")
  })

  it("drawn from the system's random source, numbers differ", () => {
    const drawn = new Set(Array.from({ length: 1000 }, () => newOrderNumber()))
    assert.ok(drawn.size > 995)
  })
})
