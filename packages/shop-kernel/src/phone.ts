/**
 * The Algerian phone rule, for the checkout, the repair visits and the office: numbers as customers
 * type them ("0550 12 34 56", "+213 550123456", "00213550123456", "021 23 45 67", even "+213 (0)5 50…")
 * read by libphonenumber-js with Algeria's numbering plan, and kept in one normal form, E.164
 * ("+213550123456"). Anything that is not a valid Algerian number is refused (null).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max"

export function normalizeAlgerianPhone(input: string): string | null {
  // "+213 (0)5…" and "+213 05…" are common: the trunk 0 after the country code is dropped first.
  const compact = input.replace(/[\s.\-()]/g, "").replace(/^(\+213|00213)0/, "$1")
  if (!/^(\+213|00213|0)\d+$/.test(compact)) return null
  const phone = parsePhoneNumberFromString(compact.replace(/^00213/, "+213"), "DZ")
  return phone && phone.country === "DZ" && phone.isValid() ? phone.number : null
}

