import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { formatDzd } from "../money"

const nbsp = (text: string) => text.replace(/ /g, "\u00a0")

describe("formatDzd", () => {
  const table = [
    [12500, "fr", "12 500 DA"],
    [12500, "ar", "12 500 د.ج"],
    [600, "fr", "600 DA"],
    [0, "fr", "0 DA"],
    [1234567, "fr", "1 234 567 DA"],
    [12500.5, "fr", "12 500,50 DA"],
    [1995.798319, "ar", "1 995,80 د.ج"],
    [99.999, "fr", "100 DA"],
    [-600, "fr", "-600 DA"],
  ] as const
  for (const [amount, locale, expected] of table) {
    it(`${amount} in ${locale} → ${expected}`, () => assert.equal(formatDzd(amount, locale), nbsp(expected)))
  }

  it("keeps Western digits in Arabic", () => {
    assert.match(formatDzd(1234, "ar"), /^[0-9\u00a0]+\u00a0د\.ج$/)
  })

  it("refuses what is not an amount", () => {
    assert.throws(() => formatDzd(Number.NaN, "fr"))
  })

  it("reads back the whole dinars it was given, in both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("fr" as const, "ar" as const), (dinars, locale) => {
        const text = formatDzd(dinars, locale)
        assert.equal(Number(text.replace(/\D/g, "")), dinars)
        assert.doesNotMatch(text, /,/)
      })
    )
  })
})
