/**
 * Dinar amounts as Algerian shops write them: Western digits grouped by three with a no-break
 * space, whole dinars unless there are centimes (then a decimal comma), "DA" in French and "د.ج" in
 * Arabic: `12 500 DA`, `12 500 د.ج`, `12 500,50 DA`. Amounts are in major units, as Medusa stores them.
 */
import type { ShopLocale } from "./locale.js"

const NBSP = "\u00a0"
const SYMBOL: Record<ShopLocale, string> = { fr: "DA", ar: "د.ج" }

export function formatDzd(amount: number, locale: ShopLocale): string {
  if (!Number.isFinite(amount)) throw new Error(`Not an amount: ${amount}`)
  const centimes = Math.round(Math.abs(amount) * 100)
  const dinars = Math.floor(centimes / 100)
  const rest = centimes % 100
  const grouped = String(dinars).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  const sign = amount < 0 && centimes > 0 ? "-" : ""
  const decimals = rest ? `,${String(rest).padStart(2, "0")}` : ""
  return `${sign}${grouped}${decimals}${NBSP}${SYMBOL[locale]}`
}

/**
 * Centimes: card gateways count in centimes (integers); Medusa passes amounts in dinars, as a number or a decimal
 * string. A float like 2499.9 must become exactly 249990, and an amount with a fraction of a
 * centime is refused rather than silently rounded: a payment is never asked for a different sum.
 */
export class AmountError extends Error {}

const DECIMAL = /^(\d+)(?:\.(\d{1,2})0*)?$/

export function toCentimes(dinars: number | string): number {
  if (typeof dinars === "number") {
    if (!Number.isFinite(dinars) || dinars < 0) throw new AmountError(`Not a payable amount: ${dinars}`)
    const centimes = Math.round(dinars * 100)
    // Float noise (0.1 + 0.2) is tolerated; a real third decimal is not.
    if (Math.abs(centimes - dinars * 100) > 1e-6 * Math.max(1, dinars)) {
      throw new AmountError(`An amount in dinars has at most two decimals: ${dinars}`)
    }
    if (!Number.isSafeInteger(centimes)) throw new AmountError(`Amount too large: ${dinars}`)
    return centimes
  }
  const match = DECIMAL.exec(dinars.trim())
  if (!match) throw new AmountError(`Not a payable amount: "${dinars}"`)
  const centimes = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
  if (!Number.isSafeInteger(centimes)) throw new AmountError(`Amount too large: ${dinars}`)
  return centimes
}
