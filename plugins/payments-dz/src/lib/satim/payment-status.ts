/** Where a card payment attempt stands (shared by the model, the workflows and the storefront). */
export const SATIM_PAYMENT_STATUSES = [
  "registering", // recorded, register.do not answered yet
  "register_failed", // SATIM refused or could not be reached: nothing to pay
  "awaiting_card", // the customer is on SATIM's card page: the cart's one live card page
  "superseded", // replaced by a newer card page, or the cart was ordered otherwise: never becomes the order
  "paid", // deposited and checked (amount, currency, order number)
  "declined", // refused by the bank or the gateway (OrderStatus 6)
  "rejected", // OrderStatus 3: the certification's fixed message
  "mismatch", // deposited but not what we asked for: the merchant must look
  "refunded", // given back: the cart could not become an order, or refunded in full
] as const
export type SatimPaymentStatus = (typeof SATIM_PAYMENT_STATUSES)[number]

/**
 * An attempt SATIM may still move: the live card page, and a replaced page whose closing SATIM never
 * confirmed (if it is ever paid, it is refunded). Settlement, retirement and the reconciliation job
 * all ask about exactly these.
 */
export const isOpenAttempt = (attempt: { status: SatimPaymentStatus; decided_at: Date | string | null }) =>
  attempt.status === "awaiting_card" || (attempt.status === "superseded" && !attempt.decided_at)

/** The same, as a filter for listSatimPayments. */
export const OPEN_ATTEMPTS_FILTER = [{ status: "awaiting_card" }, { status: "superseded", decided_at: null }]
