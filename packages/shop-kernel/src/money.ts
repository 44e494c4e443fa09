/**
 * Dinar amounts as Algerian shops write them: Western digits grouped by three with a no-break
 * space, whole dinars unless there are centimes (then a decimal comma), "DA" in French and "د.ج" in
 * Arabic: `12 500 DA`, `12 500 د.ج`, `12 500,50 DA`. Amounts are in major units, as Medusa stores them.
 */
import type { ShopLocale } from "./locale"

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
