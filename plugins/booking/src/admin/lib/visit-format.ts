/** Dates and times as the office reads them: Algiers time, 24 h, in French. */
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { SHOP_TIME_ZONE } from "@mj-chauffage/shop-kernel/time"

const time = new Intl.DateTimeFormat("fr-FR", { timeZone: SHOP_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
const day = new Intl.DateTimeFormat("fr-FR", { timeZone: SHOP_TIME_ZONE, weekday: "long", day: "numeric", month: "long" })
const shortDay = new Intl.DateTimeFormat("fr-FR", { timeZone: SHOP_TIME_ZONE, weekday: "short", day: "numeric", month: "short" })
const isoDate = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE })

export const hourMinute = (at: string | Date) => time.format(new Date(at))
export const dayLabel = (at: string | Date) => day.format(new Date(at))
export const shortDayLabel = (at: string | Date) => shortDay.format(new Date(at))
/** YYYY-MM-DD in Algiers. */
export const algiersIsoDate = (at: string | Date | number) => isoDate.format(new Date(at))
/** `date` (YYYY-MM-DD) plus `days`, as a date (noon UTC keeps it on the same Algiers day). */
export const addDays = (date: string, days: number) => algiersIsoDate(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000)
export const dateLabel = (date: string) => dayLabel(`${date}T12:00:00Z`)
export const shortDateLabel = (date: string) => shortDayLabel(`${date}T12:00:00Z`)

/** Minutes since Algiers midnight of an instant. */
export function minutesOfDay(at: string | Date): number {
  const [hours, minutes] = hourMinute(at).split(":").map(Number)
  return hours! * 60 + minutes!
}

/** Amounts as the shop writes them ("34 700 DA"): the kernel's one money format. */
export const dinars = (amount: number) => formatDzd(amount, "fr")

/** A map search for the visit's address (opens the phone's map app). */
export const mapLink = (visit: { address_1: string; commune: string }) =>
  `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${visit.address_1}, ${visit.commune}, Algérie`)}`
