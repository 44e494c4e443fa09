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

/** A date and time in Algiers for a customer or the office, in their language. */
export function algiersDateTime(at: Date | string, locale: ShopLocale, style: Style = { dateStyle: "long", timeStyle: "short" }): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-DZ-u-nu-latn" : "fr-DZ", { ...style, hourCycle: "h23", timeZone: SHOP_TIME_ZONE }).format(new Date(at))
}
