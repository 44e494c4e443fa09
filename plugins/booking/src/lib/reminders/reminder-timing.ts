/**
 * When the day-before reminder job runs, and in which Algiers hours it acts. In the shop: every hour
 * on the hour, acting during REMINDER_HOURS (booking-settings.ts). BOOKING_REMINDER_TEST_EVERY_SECONDS
 * is for the scale-out test (scripts/__tests__/scale-out.test.ts), which runs the production build
 * with two workers at any time of day: the job then runs every so many seconds and acts at any hour,
 * so the test sees it run within seconds. The once-per-visit claim is the same either way. Pure.
 */
import { REMINDER_HOURS } from "../booking-settings"
import type { ReminderHours } from "./reminder-window"

export const REMINDER_TEST_SETTING = "BOOKING_REMINDER_TEST_EVERY_SECONDS"
export const HOURLY = "0 * * * *"
/** Every hour of the Algiers day. */
export const ANY_HOUR: ReminderHours = { from_hour: 0, until_hour: 24 }

export type ReminderTiming = {
  /** Medusa's scheduled-job schedule: a cron pattern, or an interval in milliseconds. */
  schedule: string | { interval: number }
  hours: ReminderHours
}

/** The timing from the environment; a malformed test setting is refused (the worker does not start) rather than ignored. */
export function reminderTiming(env: Record<string, string | undefined>): ReminderTiming {
  const value = env[REMINDER_TEST_SETTING]
  if (value === undefined || value === "") return { schedule: HOURLY, hours: REMINDER_HOURS }
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new Error(`${REMINDER_TEST_SETTING} must be a whole number of seconds from 1 to 3600 (got "${value}")`)
  }
  return { schedule: { interval: seconds * 1000 }, hours: ANY_HOUR }
}
