/**
 * When the day-before reminders go out and for which visits: during the reminder hours in Algiers
 * (the job runs every hour and acts only then), every visit still `confirmed`, not yet reminded,
 * starting on the next Algiers day. Pure: the clock is an argument.
 */
import { DAY, localParts, zonedInstant } from "../availability/time"

export type ReminderHours = {
  /** First Algiers hour (0–23) in which reminders are sent. */
  from_hour: number
  /** Algiers hour at which sending stops (exclusive). */
  until_hour: number
}

export type ReminderWindow = {
  /** The Algiers date (YYYY-MM-DD) whose visits are reminded. */
  visit_day: string
  /** Visits starting from this instant (that day's Algiers midnight)… */
  starts_from: Date
  /** …and before this one (the next Algiers midnight). */
  starts_before: Date
}

/** Only a confirmed visit is reminded (not one requested, cancelled, under way or done). */
export const REMINDABLE_STATUS = "confirmed"

/** The visits to remind at `now`, or null outside the reminder hours. */
export function reminderWindow(now: Date, hours: ReminderHours): ReminderWindow | null {
  const local = localParts(now.getTime())
  if (local.hour < hours.from_hour || local.hour >= hours.until_hour) return null
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10)
  const visitDay = nextDay(local.date)
  return {
    visit_day: visitDay,
    starts_from: new Date(zonedInstant(visitDay, 0)),
    starts_before: new Date(zonedInstant(nextDay(visitDay), 0)),
  }
}

/** The booking module's filter for the visits a window reminds (the claim re-checks each in SQL). */
export function remindableVisitsFilter(window: ReminderWindow) {
  return {
    status: REMINDABLE_STATUS,
    reminded_at: null,
    starts_at: { $gte: window.starts_from, $lt: window.starts_before },
  }
}
