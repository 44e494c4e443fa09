import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { blockedRange, freeSlots, type SlotRequest, type TechnicianAvailability } from "../slots"
import { zonedInstant } from "../time"

// Pinned: Sunday 6 December 2026, 07:00 in Algiers (UTC+1). The Algerian week runs Sunday to Thursday.
const NOW = Date.parse("2026-12-06T06:00:00Z")
const at = (date: string, clock: string) => Date.parse(`${date}T${clock}:00+01:00`)
const hhmm = (instant: number) => new Date(instant + 3600_000).toISOString().slice(11, 16)

const weekdays = (start: string, end: string) => [0, 1, 2, 3, 4].map((weekday) => ({ weekday, start, end }))

function technician(id: string, overrides: Partial<TechnicianAvailability> = {}): TechnicianAvailability {
  return { id, active: true, zone_ids: ["alger-centre"], skills: ["gas"], weekly: weekdays("08:00", "12:00"), time_off: [], blocked: [], ...overrides }
}

function request(overrides: Partial<SlotRequest> = {}): SlotRequest {
  return {
    zone_id: "alger-centre",
    fault_type: { duration_minutes: 60, required_skill: "gas" },
    from: "2026-12-07",
    to: "2026-12-07",
    now: NOW,
    closures: [],
    technicians: [technician("tech_a")],
    settings: { grid_minutes: 30, travel_buffer_minutes: 30 },
    ...overrides,
  }
}

const starts = (req: SlotRequest) => freeSlots(req).map((slot) => hhmm(slot.start))

describe("freeSlots", () => {
  it("offers the grid inside working hours, the visit ending by closing time", () => {
    assert.deepEqual(starts(request()), ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"])
  })

  it("works in Algiers time: 08:00 local is 07:00 UTC", () => {
    assert.equal(freeSlots(request())[0].start, Date.parse("2026-12-07T07:00:00Z"))
    assert.equal(zonedInstant("2026-12-07", 8 * 60), Date.parse("2026-12-07T07:00:00Z"))
  })

  it("offers nothing on Friday and Saturday, the weekend", () => {
    assert.deepEqual(starts(request({ from: "2026-12-11", to: "2026-12-12" })), [])
  })

  it("respects the two-hour minimum notice at the edge of the day", () => {
    // 07:00 now → 09:00 is the first bookable start today.
    assert.deepEqual(starts(request({ from: "2026-12-06", to: "2026-12-06" })), ["09:00", "09:30", "10:00", "10:30", "11:00"])
  })

  it("stops at the horizon", () => {
    assert.deepEqual(starts(request({ from: "2027-01-06", to: "2027-01-07", settings: { horizon_days: 30 } })), [])
  })

  it("removes company closures and time off", () => {
    const closures = [{ start: at("2026-12-07", "00:00"), end: at("2026-12-08", "00:00") }]
    assert.deepEqual(starts(request({ closures })), [])
    const timeOff = [{ start: at("2026-12-07", "09:00"), end: at("2026-12-07", "11:00") }]
    assert.deepEqual(starts(request({ technicians: [technician("tech_a", { time_off: timeOff })] })), ["08:00", "11:00"])
  })

  it("keeps the travel buffer after an existing visit and before the next one", () => {
    const visit = blockedRange(at("2026-12-07", "09:00"), at("2026-12-07", "10:00"), 30)
    // A 60-min slot blocks until its end + 30 min: 08:00 would block until 09:30 and overlap the 09:00 visit.
    assert.deepEqual(starts(request({ technicians: [technician("tech_a", { blocked: [visit] })] })), ["10:30", "11:00"])
  })

  it("accepts back-to-back visits separated exactly by the buffer", () => {
    const visit = blockedRange(at("2026-12-07", "08:00"), at("2026-12-07", "09:00"), 30)
    assert.deepEqual(starts(request({ technicians: [technician("tech_a", { blocked: [visit] })] }))[0], "09:30")
  })

  it("only asks technicians of the zone, with the skill, who are active", () => {
    const technicians = [
      technician("tech_other_zone", { zone_ids: ["oran"] }),
      technician("tech_no_skill", { skills: ["electric"] }),
      technician("tech_inactive", { active: false }),
    ]
    assert.deepEqual(freeSlots(request({ technicians })), [])
  })

  it("gives the slot to the least-loaded technician that day, ties to the lowest id", () => {
    const busy = blockedRange(at("2026-12-07", "08:00"), at("2026-12-07", "09:00"), 30)
    const technicians = [technician("tech_b"), technician("tech_a", { blocked: [busy] }), technician("tech_c")]
    const slots = freeSlots(request({ technicians }))
    assert.equal(slots.find((slot) => hhmm(slot.start) === "10:00")!.technician_id, "tech_b")
    assert.equal(freeSlots(request({ technicians: [technician("tech_c"), technician("tech_b")] }))[0].technician_id, "tech_b")
  })

  it("offers a slot when at least one technician is free", () => {
    const full = blockedRange(at("2026-12-07", "08:00"), at("2026-12-07", "11:30"), 30)
    const technicians = [technician("tech_a", { blocked: [full] }), technician("tech_b", { weekly: weekdays("10:00", "12:00") })]
    const slots = freeSlots(request({ technicians }))
    assert.deepEqual(slots.map((slot) => [hhmm(slot.start), slot.technician_id]), [
      ["10:00", "tech_b"],
      ["10:30", "tech_b"],
      ["11:00", "tech_b"],
    ])
  })
})
