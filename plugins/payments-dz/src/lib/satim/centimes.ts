import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

/** SATIM's limits on one card payment, in centimes (toCentimes is the kernel's money rule). SATIM refuses smaller payments: */
export const SATIM_MINIMUM_CENTIMES = 50 * 100

/** The attempt's amount is a PostgreSQL integer column; far above any parts order. */
export const MAXIMUM_CENTIMES = 2_147_483_647

export type CardAmountRefusal = Extract<RefusalCode, "cart_not_payable" | "card_amount_too_small" | "card_amount_too_large">

/** Whether a card can pay this amount in dinars (the cart's total, the card session's amount): why not, or null. */
export function cardAmountRefusal(dinars: unknown): CardAmountRefusal | null {
  let centimes: number
  try {
    centimes = toCentimes(Number(dinars))
  } catch {
    return "cart_not_payable"
  }
  if (centimes <= 0) return "cart_not_payable"
  if (centimes < SATIM_MINIMUM_CENTIMES) return "card_amount_too_small"
  return centimes > MAXIMUM_CENTIMES ? "card_amount_too_large" : null
}
