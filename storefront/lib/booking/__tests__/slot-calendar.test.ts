import assert from "node:assert/strict"
import { test } from "node:test"
import { algiersDay, algiersHours, algiersTime, slotsByDay, weekWindow } from "../slot-calendar"

test("week 0 starts tomorrow in Algiers, even late in the evening UTC", () => {
  // 23:30 UTC on 7 December is 00:30 on the 8th in Algiers: tomorrow is the 9th.
  assert.deepEqual(weekWindow(new Date("2026-12-07T23:30:00Z"), 0), { from: "2026-12-09", to: "2026-12-15" })
  assert.deepEqual(weekWindow(new Date("2026-12-07T10:00:00Z"), 1), { from: "2026-12-15", to: "2026-12-21" })
  assert.deepEqual(weekWindow(new Date("2026-12-28T10:00:00Z"), 0), { from: "2026-12-29", to: "2027-01-04" })
})

test("slots are grouped by their Algiers day, in time order", () => {
  const days = slotsByDay([
    { start: "2026-12-09T13:00:00.000Z", end: "2026-12-09T14:00:00.000Z" },
    { start: "2026-12-08T23:30:00.000Z", end: "2026-12-09T00:30:00.000Z" },
    { start: "2026-12-08T08:00:00.000Z", end: "2026-12-08T09:00:00.000Z" },
  ])
  assert.deepEqual(
    days.map((day) => [day.date, day.slots.map((slot) => algiersTime(slot.start))]),
    [
      ["2026-12-08", ["09:00"]],
      ["2026-12-09", ["00:30", "14:00"]],
    ]
  )
})

test("hours read in 24 h Algiers time with Western digits, in Arabic too", () => {
  assert.equal(algiersHours("2026-12-08T08:30:00Z", "2026-12-08T09:30:00Z"), "09:30–10:30")
  assert.equal(algiersTime("2026-12-08T21:05:00Z"), "22:05")
  const arabic = algiersDay("2026-12-08", "ar")
  assert.match(arabic, /8/)
  assert.doesNotMatch(arabic, /[٠-٩]|ص|م\b/)
  assert.equal(algiersDay("2026-12-08", "fr"), "mardi 8 décembre 2026")
})
