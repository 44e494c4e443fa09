/**
 * Local dates and times in a time zone (Africa/Algiers for the shop) to and from UTC instants,
 * without a library: Intl gives the zone's offset at any instant.
 */
import { SHOP_TIME_ZONE } from "@mj-chauffage/shop-kernel/time"
export const MINUTE = 60_000
export const DAY = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string) {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    })
    formatters.set(timeZone, format)
  }
  return format
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

/** The wall-clock fields of an instant in a zone. */
export function localParts(instant: number, timeZone = SHOP_TIME_ZONE) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    /** 0 = Sunday … 6 = Saturday (the Algerian week runs Sunday to Thursday). */
    weekday: WEEKDAYS.indexOf(parts.weekday),
  }
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const local = localParts(instant, timeZone)
  const [year, month, day] = local.date.split("-").map(Number)
  const asUtc = Date.UTC(year, month - 1, day, local.hour, local.minute, local.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE)
}

function exactZonedInstant(wallClock: number, timeZone: string): number {
  const first = wallClock - offsetMinutes(wallClock, timeZone) * MINUTE
  // A second pass settles dates where the offset changes between the guess and the answer.
  return wallClock - offsetMinutes(first, timeZone) * MINUTE
}

/** Per zone and date, the offset when it is the same all day (Intl is slow; slot search asks a lot). */
const steadyOffsets = new Map<string, number | null>()

/**
 * A date's clock in a zone: minutes after local midnight → the instant. The offset is worked out once
 * per date (the slot grid asks for every half hour of 31 days).
 */
export function dayClock(date: string, timeZone = SHOP_TIME_ZONE): (minutes: number) => number {
  const [year, month, day] = date.split("-").map(Number)
  const midnight = Date.UTC(year, month - 1, day)
  const key = `${timeZone} ${date}`
  let steady = steadyOffsets.get(key)
  if (steady === undefined) {
    const start = midnight - exactZonedInstant(midnight, timeZone)
    const end = midnight + DAY - exactZonedInstant(midnight + DAY, timeZone)
    steady = start === end ? start : null
    steadyOffsets.set(key, steady)
  }
  const offset = steady
  return offset === null ? (minutes) => exactZonedInstant(midnight + minutes * MINUTE, timeZone) : (minutes) => midnight + minutes * MINUTE - offset
}

/** The instant at which a zone's clock shows `date` (YYYY-MM-DD) at `minutes` after midnight. */
export function zonedInstant(date: string, minutes: number, timeZone = SHOP_TIME_ZONE): number {
  return dayClock(date, timeZone)(minutes)
}

/** "HH:MM" → minutes after midnight. */
export function clockMinutes(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock)
  if (!match) throw new Error(`Not a time of day: "${clock}"`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** The calendar dates from `from` to `to`, both included (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = []
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += DAY) {
    dates.push(new Date(day).toISOString().slice(0, 10))
  }
  return dates
}

export const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay()
