import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { clockMinutes, datesBetween, localParts, weekdayOf, zonedInstant } from "../time"

describe("Algiers time", () => {
  it("is UTC+1 all year, no daylight saving", () => {
    assert.equal(zonedInstant("2026-01-15", 9 * 60), Date.parse("2026-01-15T08:00:00Z"))
    assert.equal(zonedInstant("2026-07-15", 9 * 60), Date.parse("2026-07-15T08:00:00Z"))
  })

  it("reads an instant back as local date, time and weekday", () => {
    assert.deepEqual(localParts(Date.parse("2026-12-31T23:30:00Z")), { date: "2027-01-01", hour: 0, minute: 30, second: 0, weekday: 5 })
  })

  it("knows the weekdays and walks the calendar across months and years", () => {
    assert.equal(weekdayOf("2026-12-06"), 0)
    assert.deepEqual(datesBetween("2026-12-30", "2027-01-02"), ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
  })

  it("parses clock times strictly", () => {
    assert.equal(clockMinutes("08:30"), 510)
    assert.throws(() => clockMinutes("8:30"))
    assert.throws(() => clockMinutes("24:00"))
  })
})
