/**
 * Slot engine benchmark: 30 days × 20 technicians, each with visits already booked, one zone, a
 * 90-minute fault, a 30-minute grid. Prints the median and the 95th percentile of 200 runs.
 * Run: npx tsx bench/slots.bench.ts
 */
import { blockedRange, freeSlots, type TechnicianAvailability } from "../plugins/booking/src/lib/availability/slots"
import { datesBetween, zonedInstant } from "../plugins/booking/src/lib/availability/time"

const NOW = Date.parse("2026-12-06T06:00:00Z")
const dates = datesBetween("2026-12-06", "2027-01-04")

const technicians: TechnicianAvailability[] = Array.from({ length: 20 }, (_, index) => ({
  id: `tech_${String(index).padStart(2, "0")}`,
  active: true,
  zone_ids: ["alger"],
  skills: ["gas"],
  weekly: [0, 1, 2, 3, 4].map((weekday) => ({ weekday, start: "08:00", end: "17:00" })),
  time_off: [],
  // Two visits a day at staggered hours.
  blocked: dates.flatMap((date, day) =>
    [8, 13].map((hour) => {
      const start = zonedInstant(date, (hour + ((index + day) % 2)) * 60)
      return blockedRange(start, start + 90 * 60_000, 30)
    })
  ),
}))

const run = () =>
  freeSlots({
    zone_id: "alger",
    fault_type: { duration_minutes: 90, required_skill: "gas" },
    from: dates[0],
    to: dates[dates.length - 1],
    now: NOW,
    closures: [{ start: zonedInstant("2027-01-01", 0), end: zonedInstant("2027-01-02", 0) }],
    technicians,
  })

for (let warmup = 0; warmup < 20; warmup++) run()
const timings: number[] = []
let slots = 0
for (let round = 0; round < 200; round++) {
  const started = process.hrtime.bigint()
  slots = run().length
  timings.push(Number(process.hrtime.bigint() - started) / 1e6)
}
timings.sort((a, b) => a - b)
const median = timings[Math.floor(timings.length / 2)]
const p95 = timings[Math.floor(timings.length * 0.95)]
process.stdout.write(`slots: 30 days x 20 technicians -> ${slots} slots; median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target <= 20 ms)\n`)
