import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { localParts } from "../../availability/time"
import { remindableVisitsFilter, reminderWindow } from "../reminder-window"

const HOURS = { from_hour: 18, until_hour: 21 }

describe("reminderWindow", () => {
  it("at 18:00 in Algiers (17:00 UTC) reminds the visits of the next Algiers day, midnight to midnight", () => {
    assert.deepEqual(reminderWindow(new Date("2026-12-08T17:00:00Z"), HOURS), {
      visit_day: "2026-12-09",
      starts_from: new Date("2026-12-08T23:00:00Z"),
      starts_before: new Date("2026-12-09T23:00:00Z"),
    })
  })

  it("acts from 18:00 until 20:59 Algiers time, never before nor after", () => {
    assert.equal(reminderWindow(new Date("2026-12-08T16:59:59Z"), HOURS), null)
    assert.equal(reminderWindow(new Date("2026-12-08T19:59:59Z"), HOURS)?.visit_day, "2026-12-09")
    assert.equal(reminderWindow(new Date("2026-12-08T20:00:00Z"), HOURS), null)
    // 18:30 UTC is 19:30 in Algiers: a server clock in UTC must not be read as Algiers time.
    assert.equal(reminderWindow(new Date("2026-12-08T18:30:00Z"), { from_hour: 18, until_hour: 19 }), null)
  })

  it("crosses months and years", () => {
    assert.equal(reminderWindow(new Date("2026-12-31T17:30:00Z"), HOURS)?.visit_day, "2027-01-01")
    assert.equal(reminderWindow(new Date("2027-02-28T18:00:00Z"), HOURS)?.visit_day, "2027-03-01")
  })

  it("selects confirmed visits not yet reminded, starting within the day", () => {
    const window = reminderWindow(new Date("2026-12-08T17:00:00Z"), HOURS)!
    assert.deepEqual(remindableVisitsFilter(window), {
      status: "confirmed",
      reminded_at: null,
      starts_at: { $gte: new Date("2026-12-08T23:00:00Z"), $lt: new Date("2026-12-09T23:00:00Z") },
    })
  })

  it("always names the Algiers day after now, 24 hours long, starting 3 to 6 hours ahead (property)", () => {
    const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2030-12-31T00:00:00Z") })
    fc.assert(
      fc.property(instant, (now) => {
        const window = reminderWindow(new Date(now), HOURS)
        const hour = localParts(now).hour
        if (hour < 18 || hour >= 21) return window === null
        if (!window) return false
        const ahead = window.starts_from.getTime() - now
        return (
          localParts(window.starts_from.getTime()).date === window.visit_day &&
          localParts(window.starts_from.getTime()).hour === 0 &&
          window.starts_before.getTime() - window.starts_from.getTime() === 86_400_000 &&
          ahead > 3 * 3600_000 &&
          ahead <= 6 * 3600_000
        )
      })
    )
  })
})
