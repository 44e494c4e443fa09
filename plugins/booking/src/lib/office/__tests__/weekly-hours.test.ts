import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { DEFAULT_WEEKLY_HOURS, sortWeeklyHours, weeklyHoursProblem } from "../weekly-hours"

describe("weekly hours", () => {
  it("the default week is Sunday to Thursday, 08–12 and 13–17, and is valid", () => {
    assert.deepEqual([...new Set(DEFAULT_WEEKLY_HOURS.map((rule) => rule.weekday))], [0, 1, 2, 3, 4])
    assert.deepEqual(
      DEFAULT_WEEKLY_HOURS.filter((rule) => rule.weekday === 2),
      [
        { weekday: 2, start: "08:00", end: "12:00" },
        { weekday: 2, start: "13:00", end: "17:00" },
      ]
    )
    assert.equal(weeklyHoursProblem(DEFAULT_WEEKLY_HOURS), null)
    assert.equal(weeklyHoursProblem([]), null)
  })

  it("refuses an end at or before the start", () => {
    assert.match(weeklyHoursProblem([{ weekday: 1, start: "12:00", end: "12:00" }]) ?? "", /Lundi : la fin \(12:00\) doit être après le début/)
    assert.match(weeklyHoursProblem([{ weekday: 1, start: "17:00", end: "08:00" }]) ?? "", /après le début/)
  })

  it("refuses overlapping ranges on one day, in any order, but accepts touching ones and other days", () => {
    const overlap = [
      { weekday: 3, start: "13:00", end: "17:00" },
      { weekday: 3, start: "08:00", end: "13:30" },
    ]
    assert.match(weeklyHoursProblem(overlap) ?? "", /Mercredi : les plages 08:00–13:30 et 13:00–17:00 se chevauchent/)
    assert.equal(
      weeklyHoursProblem([
        { weekday: 3, start: "08:00", end: "13:00" },
        { weekday: 3, start: "13:00", end: "17:00" },
        { weekday: 4, start: "08:00", end: "17:00" },
      ]),
      null
    )
    assert.match(weeklyHoursProblem([{ weekday: 5, start: "09:00", end: "10:00" }, { weekday: 5, start: "09:00", end: "10:00" }]) ?? "", /se chevauchent/)
  })

  it("refuses impossible days and clocks", () => {
    assert.match(weeklyHoursProblem([{ weekday: 7, start: "08:00", end: "12:00" }]) ?? "", /Jour invalide/)
    assert.match(weeklyHoursProblem([{ weekday: 1.5, start: "08:00", end: "12:00" }]) ?? "", /Jour invalide/)
    for (const clock of ["8:00", "24:00", "12:60", "12h00", ""]) {
      assert.match(weeklyHoursProblem([{ weekday: 0, start: "07:00", end: clock }]) ?? "", /HH:MM/, clock)
    }
  })

  it("sorts by weekday then start without touching the input", () => {
    const rules = [
      { weekday: 2, start: "13:00", end: "17:00" },
      { weekday: 0, start: "13:00", end: "17:00" },
      { weekday: 2, start: "08:00", end: "12:00" },
    ]
    assert.deepEqual(
      sortWeeklyHours(rules).map((rule) => `${rule.weekday} ${rule.start}`),
      ["0 13:00", "2 08:00", "2 13:00"]
    )
    assert.equal(rules[0]!.start, "13:00")
  })
})
