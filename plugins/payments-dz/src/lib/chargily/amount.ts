import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

/** Chargily takes whole dinars, from 50 DA (its documented minimum), within a PostgreSQL integer. */
export const CHARGILY_MINIMUM_DINARS = 50
export const CHARGILY_MAXIMUM_DINARS = 2_147_483_647

export type ChargilyAmountRefusal = Extract<RefusalCode, "cart_not_payable" | "card_amount_too_small" | "card_amount_too_large">

/** Whether Chargily can take this amount in dinars: why not, or null. */
export function chargilyAmountRefusal(dinars: unknown): ChargilyAmountRefusal | null {
  const amount = Number(dinars)
  if (!Number.isFinite(amount) || amount <= 0 || !Number.isInteger(amount)) return "cart_not_payable"
  if (amount < CHARGILY_MINIMUM_DINARS) return "card_amount_too_small"
  return amount > CHARGILY_MAXIMUM_DINARS ? "card_amount_too_large" : null
}
