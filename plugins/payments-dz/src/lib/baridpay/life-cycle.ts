import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

/**
 * A BaridPay order's life. BaridPay (BaridiMob) has no merchant API: the customer pays the shop's
 * QR / RIP in the app, types the BaridiMob transaction reference on the order page, and the office
 * confirms the money arrived (the payment is then captured) or rejects it (the order is cancelled).
 * An order whose customer never sends a reference expires (cancelled by the scheduled job).
 */
export const BARIDPAY_STATUSES = ["awaiting_reference", "submitted", "confirmed", "rejected", "expired"] as const
export type BaridpayStatus = (typeof BARIDPAY_STATUSES)[number]

/** `submit` is the customer's (again to correct a typo); `confirm` / `reject` the office's; `expire` the job's. */
export const BARIDPAY_ACTIONS = ["submit", "confirm", "reject", "expire"] as const
export type BaridpayAction = (typeof BARIDPAY_ACTIONS)[number]

export type BaridpayRefusal = Extract<RefusalCode, "baridpay_already_confirmed" | "baridpay_order_closed" | "baridpay_reference_already_sent">

export type BaridpayStep = { allowed: true; status: BaridpayStatus } | { allowed: false; code: BaridpayRefusal }

const MOVES: Record<BaridpayAction, Partial<Record<BaridpayStatus, BaridpayStatus>>> = {
  submit: { awaiting_reference: "submitted", submitted: "submitted" },
  // The money may be seen on the account before the customer types anything: the office may confirm then.
  confirm: { awaiting_reference: "confirmed", submitted: "confirmed" },
  reject: { awaiting_reference: "rejected", submitted: "rejected" },
  // Only an order still without a reference expires: one with a reference waits for the office.
  expire: { awaiting_reference: "expired" },
}

function refusalOf(status: BaridpayStatus): BaridpayRefusal {
  if (status === "confirmed") return "baridpay_already_confirmed"
  if (status === "submitted") return "baridpay_reference_already_sent"
  return "baridpay_order_closed"
}

export function nextBaridpayStatus(status: BaridpayStatus, action: BaridpayAction): BaridpayStep {
  const next = MOVES[action][status]
  return next ? { allowed: true, status: next } : { allowed: false, code: refusalOf(status) }
}

/** The office's actions allowed from `status` (the order-page widget shows these). */
export const officeActions = (status: BaridpayStatus): Array<"confirm" | "reject"> =>
  (["confirm", "reject"] as const).filter((action) => nextBaridpayStatus(status, action).allowed)

/** What the customer sees on the order page. */
export const customerMaySubmit = (status: BaridpayStatus) => nextBaridpayStatus(status, "submit").allowed
