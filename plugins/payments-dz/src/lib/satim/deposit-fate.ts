import type { SatimRefundReason } from "./payment-status"

/**
 * The one rule for a checked SATIM deposit: it becomes the cart's order only if it was the cart's
 * live card page and the cart still pays by that very page; once the cart is an order, the deposit
 * is kept only if it is the order's own payment. Every other deposit is given back. Applied under
 * the cart's lock, before and again after placing the order (another payment may have won).
 */
export type PaidAttemptView = {
  satim_order_id: string
  payment_session_id: string
  /** It was the cart's live card page when SATIM said it was paid (not replaced by a newer one). */
  live: boolean
}

export type CartPaymentView = {
  completed: boolean
  /** SATIM order ids of the card payments recorded on the cart's order (empty for cash on delivery). */
  order_satim_order_ids: readonly string[]
  /** The cart's current payment sessions: which provider, and which SATIM page a card session points at. */
  sessions: ReadonlyArray<{ id: string; provider_id: string; status: string; satim_order_id: string | null }>
}

export type DepositFate = { kind: "place_order" } | { kind: "keep" } | { kind: "refund"; reason: SatimRefundReason }

export function depositFate(attempt: PaidAttemptView, cart: CartPaymentView, satimProviderId: string): DepositFate {
  if (cart.completed) {
    return cart.order_satim_order_ids.includes(attempt.satim_order_id) ? { kind: "keep" } : { kind: "refund", reason: "already_ordered" }
  }
  if (!attempt.live) return { kind: "refund", reason: "replaced" }
  const paysByThisPage = cart.sessions.some(
    (session) =>
      session.id === attempt.payment_session_id &&
      session.provider_id === satimProviderId &&
      session.status === "pending" &&
      session.satim_order_id === attempt.satim_order_id
  )
  return paysByThisPage ? { kind: "place_order" } : { kind: "refund", reason: "replaced" }
}
