import { SHOP_TIME_ZONE, algiersDate } from "@mj-chauffage/shop-kernel/time"

/**
 * The visit calendar a customer sees: one week at a time from tomorrow (Algiers dates), slots
 * grouped by day, hours in 24 h Algiers time with Western digits in both languages.
 */
export type Slot = { start: string; end: string }
export type SlotDay = { date: string; slots: Slot[] }

const DAY_MS = 86_400_000
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The dates (YYYY-MM-DD, both included) of week `week` (0 = the seven days from tomorrow). */
export function weekWindow(now: Date, week: number): { from: string; to: string } {
  const from = addDays(algiersDate(now), 1 + week * 7)
  return { from, to: addDays(from, 6) }
}

/** Slots by Algiers day, in time order; days without a slot are left out. */
export function slotsByDay(slots: Slot[]): SlotDay[] {
  const days = new Map<string, Slot[]>()
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const date = algiersDate(new Date(slot.start))
    days.set(date, [...(days.get(date) ?? []), slot])
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }))
}

const intlLocale = (locale: string) => (locale === "ar" ? "ar-DZ-u-nu-latn" : "fr-DZ")

/** "09:30" in Algiers, whatever the language (Arabic would otherwise add ص/م and reorder). */
export function algiersTime(at: string | Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at))
}

/** "mardi 8 décembre 2026" / "الثلاثاء 8 ديسمبر 2026" for an Algiers date or instant. */
export function algiersDay(at: string | Date, locale: string, withYear = true): string {
  const instant = typeof at === "string" && /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T12:00:00Z`) : new Date(at)
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: SHOP_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
  }).format(instant)
}

/** "09:30–11:00": the visit's hours, to show inside an LTR isolate. */
export const algiersHours = (start: string | Date, end: string | Date) => `${algiersTime(start)}–${algiersTime(end)}`
