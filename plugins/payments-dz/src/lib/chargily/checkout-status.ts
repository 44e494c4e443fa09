/** Where a Chargily checkout of ours stands (the model, the workflows and the job share it). */
export const CHARGILY_CHECKOUT_STATUSES = [
  "creating", // recorded, Chargily not answered yet
  "create_failed", // Chargily refused or could not be reached: nothing to pay
  "awaiting_payment", // the customer is on Chargily's page: the cart's one live checkout
  "superseded", // replaced by a newer checkout, or the cart was ordered otherwise: never becomes the order
  "paid", // paid and checked (id, amount, currency, mode)
  "failed", // the payment failed at Chargily
  "canceled", // canceled by the customer, or expired
  "mismatch", // paid, but not what we asked for: the merchant must look
  "refund_due", // paid, but could not become the order: to give back from Chargily's dashboard (no refund API)
  "refunded_manually", // given back from Chargily's dashboard, recorded by the office (who and when)
] as const
export type ChargilyCheckoutStatus = (typeof CHARGILY_CHECKOUT_STATUSES)[number]

/** A checkout Chargily may still move: the live one, and a replaced one whose expiry Chargily never confirmed. */
export const isOpenCheckout = (checkout: { status: ChargilyCheckoutStatus; decided_at: Date | string | null }) =>
  checkout.status === "awaiting_payment" || (checkout.status === "superseded" && !checkout.decided_at)

/** The same, as a filter for listChargilyCheckouts. */
export const OPEN_CHECKOUTS_FILTER = [{ status: "awaiting_payment" }, { status: "superseded", decided_at: null }]

/** The methods a Chargily checkout can take: Edahabia (Algérie Poste) or CIB (SATIM). */
export const CHARGILY_PAYMENT_METHODS = ["edahabia", "cib"] as const
export type ChargilyPaymentMethod = (typeof CHARGILY_PAYMENT_METHODS)[number]
