/**
 * When the day-before reminder job runs, and in which Algiers hours it acts. In the shop: every hour
 * on the hour, acting during REMINDER_HOURS (booking-settings.ts). BOOKING_REMINDER_TEST_EVERY_SECONDS
 * is for the scale-out test (scripts/__tests__/scale-out.test.ts), which runs the production build
 * with two workers at any time of day: the job then runs every so many seconds and acts at any hour,
 * so the test sees it run within seconds. The once-per-visit claim is the same either way. Pure.
 */
import { testIntervalSetting } from "@mj-chauffage/shop-kernel/test-interval"
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
  const interval = testIntervalSetting(env, REMINDER_TEST_SETTING, 3600)
  return interval ? { schedule: interval, hours: ANY_HOUR } : { schedule: HOURLY, hours: REMINDER_HOURS }
}
