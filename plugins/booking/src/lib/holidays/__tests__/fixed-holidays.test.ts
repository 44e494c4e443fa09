import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { fixedPublicHolidays } from "../fixed-holidays"

describe("fixed public holidays", () => {
  it("lists the five fixed-date holidays of a year", () => {
    assert.deepEqual(
      fixedPublicHolidays(2027).map((holiday) => holiday.date),
      ["2027-01-01", "2027-01-12", "2027-05-01", "2027-07-05", "2027-11-01"]
    )
    assert.equal(fixedPublicHolidays(2028).find((holiday) => holiday.date === "2028-01-12")?.label, "Yennayer (Nouvel An amazigh)")
  })

  it("refuses something that is not a year", () => {
    assert.throws(() => fixedPublicHolidays(27))
    assert.throws(() => fixedPublicHolidays(2027.5))
  })
})
