/**
 * The shop's clock: Africa/Algiers (UTC+1 all year), 24-hour times with Western digits, as Algerian
 * shops write them in French and in Arabic. (fr-DZ alone would write "10:05 AM".)
 */
import type { ShopLocale } from "./locale.js"

export const SHOP_TIME_ZONE = "Africa/Algiers"

/** The calendar date (YYYY-MM-DD) in Algiers at an instant. */
export function algiersDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant)
}

type Style = { dateStyle?: "full" | "long" | "medium" | "short"; timeStyle?: "medium" | "short" }

/** The hour (0–23) in Algiers at an instant, from a formatter that has no locale pattern to follow. */
function algiersHour(instant: Date): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone: SHOP_TIME_ZONE, hour: "numeric", hourCycle: "h23" }).formatToParts(instant).find((part) => part.type === "hour")
  return Number(hour?.value ?? 0) % 24
}

/**
 * A formatted date-time made 24-hour whatever the locale's pattern: the hour part gets `hour`
 * (two digits), and a day period ("AM", "PM", "ص", "م") goes with the space before it. Some ICU
 * versions keep fr-DZ's 12-hour pattern for a timeStyle despite hourCycle "h23".
 */
export function twentyFourHour(parts: Intl.DateTimeFormatPart[], hour: number): string {
  const kept = parts.map((part) => (part.type === "hour" ? { ...part, value: String(hour).padStart(2, "0") } : part))
  return kept
    .map((part, index) => {
      if (part.type === "dayPeriod") return ""
      const next = kept[index + 1]
      // The separator right before a day period is only the space between the time and it.
      if (part.type === "literal" && next?.type === "dayPeriod" && /^\s+$/u.test(part.value)) return ""
      return part.value
    })
    .join("")
    .trim()
}

/** A date and time in Algiers for a customer or the office, in their language, always 24-hour. */
export function algiersDateTime(at: Date | string, locale: ShopLocale, style: Style = { dateStyle: "long", timeStyle: "short" }): string {
  const instant = new Date(at)
  const format = new Intl.DateTimeFormat(locale === "ar" ? "ar-DZ-u-nu-latn" : "fr-DZ", { ...style, hourCycle: "h23", timeZone: SHOP_TIME_ZONE })
  return style.timeStyle ? twentyFourHour(format.formatToParts(instant), algiersHour(instant)) : format.format(instant)
}
