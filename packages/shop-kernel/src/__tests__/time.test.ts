import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { algiersDate, algiersDateTime } from "../time"

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
})
