import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { overlaps } from "../intervals"
import { blockedRange, freeSlots, type TechnicianAvailability } from "../slots"

const NOW = Date.parse("2026-12-06T06:00:00Z")
const DAY_START = Date.parse("2026-12-07T00:00:00+01:00")
const MINUTE = 60_000
const BUFFER = 30

/** Random existing visits for a technician on 7–8 December: start on a 5-minute grid, 15 to 180 minutes long. */
const visits = fc.array(
  fc.record({ offset: fc.integer({ min: 0, max: (2 * 24 * 60) / 5 }), length: fc.integer({ min: 3, max: 36 }) }),
  { maxLength: 8 }
)

const technicians = fc.array(visits, { minLength: 1, maxLength: 4 }).map((perTechnician) =>
  perTechnician.map(
    (list, index): TechnicianAvailability => ({
      id: `tech_${index}`,
      active: true,
      zone_ids: ["z"],
      skills: ["gas"],
      weekly: [0, 1, 2, 3, 4].map((weekday) => ({ weekday, start: "08:00", end: "17:00" })),
      time_off: [],
      blocked: list.map(({ offset, length }) => {
        const start = DAY_START + offset * 5 * MINUTE
        return blockedRange(start, start + length * 5 * MINUTE, BUFFER)
      }),
    })
  )
)

/** The engine's answer for these technicians, a visit length and a grid, on Monday 7 and Tuesday 8 December. */
const offered = (techs: TechnicianAvailability[], duration: number, grid: number) =>
  freeSlots({
    zone_id: "z",
    fault_type: { duration_minutes: duration, required_skill: "gas" },
    from: "2026-12-07",
    to: "2026-12-08",
    now: NOW,
    closures: [],
    technicians: techs,
    settings: { grid_minutes: grid, travel_buffer_minutes: BUFFER },
  })

describe("freeSlots (property)", () => {
  it("offers every free slot: each grid time inside 08:00–17:00 where some technician's visit and travel fit", () => {
    fc.assert(
      fc.property(technicians, fc.integer({ min: 15, max: 240 }), fc.constantFrom(15, 30, 60), (techs, duration, grid) => {
        const starts = new Set(offered(techs, duration, grid).map((slot) => slot.start))
        // An oracle written apart from the engine: local days are UTC+1 all year in Algiers.
        for (const day of [DAY_START, DAY_START + 24 * 60 * MINUTE]) {
          for (let minute = 8 * 60; minute + duration <= 17 * 60; minute += grid) {
            const start = day + minute * MINUTE
            const wanted = blockedRange(start, start + duration * MINUTE, BUFFER)
            const someoneFree = techs.some((tech) => !tech.blocked.some((range) => overlaps(range, wanted)))
            if (someoneFree) assert.ok(starts.has(start), `free ${new Date(start).toISOString()} (${duration} min) not offered`)
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it("never offers a slot whose blocked range overlaps a blocked range of the technician it would get", () => {
    fc.assert(
      fc.property(technicians, fc.integer({ min: 15, max: 240 }), fc.constantFrom(15, 30, 60), (techs, duration, grid) => {
        for (const slot of offered(techs, duration, grid)) {
          const owner = techs.find((tech) => tech.id === slot.technician_id)!
          const wanted = blockedRange(slot.start, slot.end, BUFFER)
          assert.ok(!owner.blocked.some((range) => overlaps(range, wanted)), `slot ${new Date(slot.start).toISOString()} collides for ${owner.id}`)
          assert.equal(slot.end - slot.start, duration * MINUTE)
        }
      }),
      { numRuns: 300 }
    )
  })
})
