import type { SlotSettings } from "./availability/slots"

/** How the office books: 2 h notice, 30 days ahead, a 30-minute grid, 30 minutes of travel between visits. */
export const BOOKING_SETTINGS: SlotSettings = { min_notice_minutes: 120, horizon_days: 30, grid_minutes: 30, travel_buffer_minutes: 30 }

/** At most this many days per slot query. */
export const MAX_SLOT_QUERY_DAYS = 31

/**
 * The office books and moves visits by phone with the same grid and travel buffer, but without the
 * customers' notice (a visit can be given to another technician an hour before) and further ahead.
 */
export const OFFICE_BOOKING_SETTINGS: SlotSettings = { ...BOOKING_SETTINGS, min_notice_minutes: 0, horizon_days: 90 }

/**
 * The day-before reminder goes out from 18:00 Algiers time; a run until 21:00 still sends what an
 * earlier one missed (a worker restarting, a visit booked late in the evening). Not later: an SMS
 * at night wakes people.
 */
export const REMINDER_HOURS = { from_hour: 18, until_hour: 21 }

/** Technicians read their SMS in French, like the office's admin. */
export const TECHNICIAN_SMS_LOCALE = "fr" as const

