import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { algiersDate, algiersDateTime, twentyFourHour } from "../time"

describe("Algiers time", () => {
  it("dates in Algiers: 23:30 UTC is already the next day there", () => {
    assert.equal(algiersDate(new Date("2026-12-31T23:30:00Z")), "2027-01-01")
    assert.equal(algiersDate(new Date("2026-12-31T22:30:00Z")), "2026-12-31")
  })

  it("writes 24-hour times with Western digits, in French and in Arabic", () => {
    const at = "2026-11-28T14:05:07Z"
    assert.equal(algiersDateTime(at, "fr", { dateStyle: "long", timeStyle: "medium" }), "28 novembre 2026 à 15:05:07")
    const arabic = algiersDateTime(at, "ar", { dateStyle: "long", timeStyle: "medium" })
    assert.match(arabic, /15:05:07/)
    // Western digits, and no morning/evening mark (ص / م) after the time.
    assert.doesNotMatch(arabic, /[٠-٩]|\s[صم]$/)
    assert.doesNotMatch(algiersDateTime(at, "fr", { dateStyle: "short", timeStyle: "short" }), /AM|PM/)
  })

  it("is 24-hour at every hour of the day, in both languages", () => {
    for (let hour = 0; hour < 24; hour += 1) {
      // Algiers is UTC+1 all year.
      const at = new Date(Date.UTC(2026, 10, 28, (hour + 23) % 24, 40, 47))
      for (const locale of ["fr", "ar"] as const) {
        const text = algiersDateTime(at, locale, { dateStyle: "long", timeStyle: "medium" })
        assert.match(text, new RegExp(`${String(hour).padStart(2, "0")}:40:47$`), text)
        assert.doesNotMatch(text, /AM|PM|\sص|\sم$/)
      }
    }
  })

  it("turns a 12-hour rendering (as some ICU builds give for fr-DZ) into 24-hour", () => {
    const twelveHour: Intl.DateTimeFormatPart[] = [
      { type: "day", value: "28" },
      { type: "literal", value: " " },
      { type: "month", value: "novembre" },
      { type: "literal", value: " " },
      { type: "year", value: "2026" },
      { type: "literal", value: " à " },
      { type: "hour", value: "11" },
      { type: "literal", value: ":" },
      { type: "minute", value: "40" },
      { type: "literal", value: ":" },
      { type: "second", value: "47" },
      { type: "literal", value: "\u202f" },
      { type: "dayPeriod", value: "PM" },
    ]
    assert.equal(twentyFourHour(twelveHour, 23), "28 novembre 2026 à 23:40:47")
    const arabic: Intl.DateTimeFormatPart[] = [
      { type: "hour", value: "9" },
      { type: "literal", value: ":" },
      { type: "minute", value: "30" },
      { type: "literal", value: " " },
      { type: "dayPeriod", value: "ص" },
    ]
    assert.equal(twentyFourHour(arabic, 9), "09:30")
  })
})
