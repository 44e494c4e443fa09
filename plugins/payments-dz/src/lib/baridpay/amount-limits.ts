import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

/** Algérie Poste's limits on one BaridPay payment, in dinars: at least 100 DA, at most the 500 000 DA daily cap. */
export const BARIDPAY_MIN_DZD = 100
export const BARIDPAY_MAX_DZD = 500_000

export type AmountCheck = { ok: true } | { ok: false; code: Extract<RefusalCode, "baridpay_amount_too_low" | "baridpay_amount_too_high"> }

/** Whether an order of `amount` dinars may be paid with BaridPay (one payment, so one day's cap at most). */
export function checkBaridpayAmount(amount: number): AmountCheck {
  if (!Number.isFinite(amount) || amount < BARIDPAY_MIN_DZD) return { ok: false, code: "baridpay_amount_too_low" }
  if (amount > BARIDPAY_MAX_DZD) return { ok: false, code: "baridpay_amount_too_high" }
  return { ok: true }
}
