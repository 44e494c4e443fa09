import type { CardRefundReason } from "./refund-reasons"

/**
 * The one rule for a checked card deposit (SATIM, Chargily): it becomes the cart's order only if it was the cart's
 * live card page and the cart still pays by card with that page — its card session points at it, or
 * is a fresh card session pointing at no page yet (the storefront opens a new session each time the
 * customer presses "pay by card", even when the earlier page was paid meanwhile) — and for the amount
 * that was paid (a cart changed since costs something else). Once the cart is an
 * order, the deposit is kept only if it is the order's own payment. Every other deposit is given
 * back. Applied under the cart's lock, before and again after placing the order.
 */
export type PaidAttemptView = {
  gateway_order_id: string
  /** It was the cart's live card page when the gateway said it was paid (not replaced by a newer one). */
  live: boolean
  amount_centimes: number
}

export type CartPaymentView = {
  /** The order the cart became, if it did. */
  order_id?: string
  completed: boolean
  /** The gateway's order (checkout) ids of this provider's payments recorded on the cart's order (empty for cash on delivery). */
  order_gateway_order_ids: readonly string[]
  /** The cart's current payment sessions: which provider, and which gateway page a card session points at. */
  sessions: ReadonlyArray<{ id: string; provider_id: string; status: string; gateway_order_id: string | null; amount_centimes: number }>
}

export type DepositFate =
  /** Point this card session at the deposit, then complete the cart. */
  | { kind: "place_order"; session_id: string }
  | { kind: "keep" }
  | { kind: "refund"; reason: CardRefundReason }

export function depositFate(attempt: PaidAttemptView, cart: CartPaymentView, providerId: string): DepositFate {
  if (cart.completed) {
    return cart.order_gateway_order_ids.includes(attempt.gateway_order_id) ? { kind: "keep" } : { kind: "refund", reason: "already_ordered" }
  }
  if (!attempt.live) return { kind: "refund", reason: "replaced" }
  const cardSessions = cart.sessions.filter(
    (session) => session.provider_id === providerId && session.status === "pending" && session.amount_centimes === attempt.amount_centimes
  )
  const session =
    cardSessions.find((candidate) => candidate.gateway_order_id === attempt.gateway_order_id) ?? cardSessions.find((candidate) => candidate.gateway_order_id === null)
  // Only a card session still paying by this page (or by no page yet): another method, or another page, won.
  const otherMethod = cart.sessions.some((candidate) => candidate.status === "pending" && candidate.provider_id !== providerId)
  return session && !otherMethod ? { kind: "place_order", session_id: session.id } : { kind: "refund", reason: "replaced" }
}
