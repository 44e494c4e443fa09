import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { AmountError, toCentimes } from "../money"

describe("toCentimes", () => {
  const table: Array<[number | string, number]> = [
    [24900, 2_490_000],
    [2499.9, 249_990],
    [0.1 + 0.2, 30],
    [50, 5000],
    ["24900", 2_490_000],
    ["1995.8", 199_580],
    ["1995.80", 199_580],
    ["1995.800", 199_580],
    [0, 0],
  ]
  for (const [dinars, centimes] of table) {
    it(`${JSON.stringify(dinars)} DA → ${centimes}`, () => assert.equal(toCentimes(dinars), centimes))
  }

  for (const bad of [1995.798, "1995.798", -1, "-1", Number.NaN, Number.POSITIVE_INFINITY, "", "12,50", "1e3", "abc"]) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => toCentimes(bad), AmountError))
  }

  it("property: every whole number of centimes goes and comes back exactly, as a number or a string", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (centimes) => {
        assert.equal(toCentimes(centimes / 100), centimes)
        const text = `${Math.floor(centimes / 100)}.${String(centimes % 100).padStart(2, "0")}`
        assert.equal(toCentimes(text), centimes)
      }),
      { numRuns: 3000 }
    )
  })
})
