import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { splitTaxIncluded, vatTotals } from "../vat"

describe("VAT on tax-included prices", () => {
  it("splits the shop's prices as Medusa's tax lines do (19 %)", () => {
    assert.deepEqual(splitTaxIncluded(1_190_000), { ttc: 1_190_000, ht: 1_000_000, tva: 190_000, rate: 19 })
    // The delivery: 600 DA TTC = 504,20 HT + 95,80 TVA.
    assert.deepEqual(splitTaxIncluded(60_000), { ttc: 60_000, ht: 50_420, tva: 9_580, rate: 19 })
    // A part and its delivery: 12 500 DA, of which TVA 1 995,80 DA (what the order e-mail says).
    assert.equal(vatTotals([splitTaxIncluded(1_190_000), splitTaxIncluded(60_000)]).tva, 199_580)
  })

  it("rounds HT half away from zero, the same for a credit (negative) line", () => {
    // 1 centime TTC: 0,84 centime HT rounds to 1, TVA 0.
    assert.deepEqual(splitTaxIncluded(1), { ttc: 1, ht: 1, tva: 0, rate: 19 })
    assert.deepEqual(splitTaxIncluded(-60_000), { ttc: -60_000, ht: -50_420, tva: -9_580, rate: 19 })
    assert.deepEqual(splitTaxIncluded(10_900, 9), { ttc: 10_900, ht: 10_000, tva: 900, rate: 9 })
    assert.deepEqual(splitTaxIncluded(5_000, 0), { ttc: 5_000, ht: 5_000, tva: 0, rate: 0 })
  })

  it("refuses fractions of a centime and rates that are not percents", () => {
    assert.throws(() => splitTaxIncluded(10.5), RangeError)
    assert.throws(() => splitTaxIncluded(100, -1), RangeError)
    assert.throws(() => splitTaxIncluded(100, 19.001), RangeError)
  })

  it("property: every line and the totals add up to the centime, and HT is the nearest centime", () => {
    const line = fc.record({ ttc: fc.integer({ min: -100_000_000, max: 100_000_000 }), rate: fc.constantFrom(0, 9, 19) })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (inputs) => {
        const lines = inputs.map(({ ttc, rate }) => splitTaxIncluded(ttc, rate))
        for (const { ttc, ht, tva, rate } of lines) {
          assert.equal(ht + tva, ttc)
          // |HT − exact HT| ≤ half a centime.
          assert.ok(Math.abs(ht * (100 + rate) - ttc * 100) <= (100 + rate) / 2)
        }
        const totals = vatTotals(lines)
        assert.equal(totals.ttc, inputs.reduce((sum, { ttc }) => sum + ttc, 0))
        assert.equal(totals.ht + totals.tva, totals.ttc)
      })
    )
  })
})
