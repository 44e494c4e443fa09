import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { REMINDER_HOURS } from "../../booking-settings"
import { ANY_HOUR, HOURLY, reminderTiming } from "../reminder-timing"
import { reminderWindow } from "../reminder-window"

describe("reminderTiming", () => {
  it("runs hourly and acts only in the reminder hours unless the test setting is given", () => {
    assert.deepEqual(reminderTiming({}), { schedule: HOURLY, hours: REMINDER_HOURS })
    assert.deepEqual(reminderTiming({ BOOKING_REMINDER_TEST_EVERY_SECONDS: "" }), { schedule: HOURLY, hours: REMINDER_HOURS })
  })

  it("with the test setting, runs every so many seconds and acts at any hour, night included", () => {
    const timing = reminderTiming({ BOOKING_REMINDER_TEST_EVERY_SECONDS: "3" })
    assert.deepEqual(timing, { schedule: { interval: 3000 }, hours: ANY_HOUR })
    // 03:30 and 23:59 in Algiers (UTC+1): tomorrow's visits are still the ones reminded.
    assert.equal(reminderWindow(new Date("2026-12-08T02:30:00Z"), timing.hours)?.visit_day, "2026-12-09")
    assert.equal(reminderWindow(new Date("2026-12-08T22:59:59Z"), timing.hours)?.visit_day, "2026-12-09")
    assert.equal(reminderWindow(new Date("2026-12-08T23:00:00Z"), timing.hours)?.visit_day, "2026-12-10")
  })

  it("refuses a malformed test setting rather than running hourly or every millisecond", () => {
    for (const value of ["0", "-5", "1.5", "abc", "3601"]) {
      assert.throws(() => reminderTiming({ BOOKING_REMINDER_TEST_EVERY_SECONDS: value }), /BOOKING_REMINDER_TEST_EVERY_SECONDS/, value)
    }
  })
})
