/**
 * Free visit slots for a zone and a fault type, computed from plain data (no I/O): the technicians
 * who serve the zone and have the skill, their weekly hours in Africa/Algiers minus time off and
 * company closures, minus the ranges existing visits block (visit + travel buffer), after a minimum
 * notice and before a horizon, on a grid. A slot is offered when at least one technician is free;
 * it goes to the least-loaded one that day (fewest booked minutes, ties to the lowest id).
 */
import { containedIn, normalize, overlapsAny, subtract, type Interval } from "./intervals"
import { DAY, MINUTE, clockMinutes, datesBetween, dayClock, weekdayOf } from "./time"
import { BOOKING_SETTINGS } from "../booking-settings"

/** Working hours on one weekday (0 = Sunday), local times "HH:MM". */
export type WeeklyRule = { weekday: number; start: string; end: string }

export type TechnicianAvailability = {
  id: string
  active: boolean
  zone_ids: string[]
  skills: string[]
  weekly: WeeklyRule[]
  time_off: Interval[]
  /** What existing, not-cancelled visits block: from their start to their end plus the travel buffer. */
  blocked: Interval[]
}

export type SlotSettings = {
  min_notice_minutes: number
  horizon_days: number
  grid_minutes: number
  travel_buffer_minutes: number
}

export type SlotRequest = {
  zone_id: string
  fault_type: { duration_minutes: number; required_skill: string | null }
  /** First and last local dates asked for (YYYY-MM-DD, Africa/Algiers). */
  from: string
  to: string
  now: number
  /** Company-wide closures (public holidays), as instants. */
  closures: Interval[]
  technicians: TechnicianAvailability[]
  /** The shop's settings (booking-settings.ts) unless overridden. */
  settings?: Partial<SlotSettings>
}

export type OfferedSlot = { start: number; end: number; technician_id: string }

/** The range a visit blocks in the technician's day: the visit, then the travel to the next one. */
export function blockedRange(start: number, end: number, travelBufferMinutes: number): Interval {
  return { start, end: end + travelBufferMinutes * MINUTE }
}

type DayPlan = { id: string; working: Interval[]; blocked: Interval[]; bookedMinutes: number }

/** A technician's weekly hours as minutes after midnight, by weekday: read once per request, not per day. */
type WeeklyMinutes = Map<number, Array<{ start: number; end: number }>>

function weeklyMinutes(technician: TechnicianAvailability): WeeklyMinutes {
  const byWeekday: WeeklyMinutes = new Map()
  for (const rule of technician.weekly) {
    const hours = byWeekday.get(rule.weekday) ?? []
    hours.push({ start: clockMinutes(rule.start), end: clockMinutes(rule.end) })
    byWeekday.set(rule.weekday, hours)
  }
  return byWeekday
}

function workingIntervals(weekly: WeeklyMinutes, unavailable: Interval[], weekday: number, clock: (minutes: number) => number): Interval[] {
  const hours = (weekly.get(weekday) ?? []).map((rule) => ({ start: clock(rule.start), end: clock(rule.end) }))
  return hours.length ? subtract(hours, unavailable) : []
}

function bookedMinutesOn(blocked: Interval[], day: Interval): number {
  return blocked.reduce((sum, range) => sum + Math.max(0, Math.min(range.end, day.end) - Math.max(range.start, day.start)), 0) / MINUTE
}

export function freeSlots(request: SlotRequest): OfferedSlot[] {
  const settings = { ...BOOKING_SETTINGS, ...request.settings }
  const duration = request.fault_type.duration_minutes * MINUTE
  const earliest = request.now + settings.min_notice_minutes * MINUTE
  const latest = request.now + settings.horizon_days * DAY
  const eligible = request.technicians
    .filter((technician) => technician.active && technician.zone_ids.includes(request.zone_id))
    .filter((technician) => !request.fault_type.required_skill || technician.skills.includes(request.fault_type.required_skill))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (!eligible.length || duration <= 0) return []
  const technicians = eligible.map((technician) => ({
    id: technician.id,
    weekly: weeklyMinutes(technician),
    unavailable: [...technician.time_off, ...request.closures],
    blocked: normalize(technician.blocked),
  }))

  const slots: OfferedSlot[] = []
  for (const date of datesBetween(request.from, request.to)) {
    const clock = dayClock(date)
    const day = { start: clock(0), end: clock(24 * 60) }
    if (day.end <= earliest || day.start >= latest) continue
    const weekday = weekdayOf(date)
    const plans: DayPlan[] = technicians
      .map((technician) => ({
        id: technician.id,
        working: workingIntervals(technician.weekly, technician.unavailable, weekday, clock),
        blocked: technician.blocked,
        bookedMinutes: bookedMinutesOn(technician.blocked, day),
      }))
      .filter((plan) => plan.working.length > 0)
    if (!plans.length) continue
    for (let minutes = 0; minutes < 24 * 60; minutes += settings.grid_minutes) {
      const start = clock(minutes)
      if (start < earliest || start >= latest) continue
      const visit = { start, end: start + duration }
      const blocks = blockedRange(visit.start, visit.end, settings.travel_buffer_minutes)
      let chosen: DayPlan | undefined
      for (const plan of plans) {
        if (!containedIn(plan.working, visit) || overlapsAny(plan.blocked, blocks)) continue
        if (!chosen || plan.bookedMinutes < chosen.bookedMinutes) chosen = plan
      }
      if (chosen) slots.push({ ...visit, technician_id: chosen.id })
    }
  }
  return slots
}
