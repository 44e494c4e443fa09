import { depositFate, type CartPaymentView } from "./deposit-fate"
import type { CardRefundReason } from "./refund-reasons"

/**
 * What a settlement does with a checked attempt, decided before and again after placing the order
 * (deposit-fate.ts is the rule for the deposit itself). Pure: the workflow runs one step per kind.
 */
export type SettlementPlan =
  | { kind: "nothing" }
  /** Point this card session at the deposit (checked), then complete the cart. */
  | { kind: "place_order"; session_id: string }
  /** The deposit is the order's payment: record the order on the attempt. */
  | { kind: "keep"; order_id: string }
  /** A passing failure placed no order: the money stays, the reconciliation job places it again. */
  | { kind: "retry"; error: string }
  /** Give the deposit back; first take the "checked" mark off every session pointing at it. */
  | { kind: "refund"; reason: CardRefundReason; detail?: string; sessions_to_unmark: string[] }

export type SettledAttempt = {
  /** The record's status: only "paid" has anything left to settle. */
  status: string
  gateway_order_id: string | null
  order_id: string | null
  decided_at: Date | string | null
  amount_centimes: number
  /** It was the cart's live card page when the gateway said it was paid. */
  live: boolean
}

export type PlacingError = { message?: string; type?: string }

/** How long a paid page whose order could not be placed for a passing reason (a lock, the database) is retried. */
export const RETRY_COMPLETION_MS = 24 * 3600_000

/** Medusa's error types for a refusal that placing again will not change (stock, a delivery that no longer matches). */
const DEFINITE_REFUSALS = new Set(["not_allowed", "invalid_data", "not_found"])

const sessionsPointingAt = (view: CartPaymentView, gatewayOrderId: string) =>
  view.sessions.filter((session) => session.gateway_order_id === gatewayOrderId).map((session) => session.id)

function fromFate(attempt: SettledAttempt & { gateway_order_id: string }, view: CartPaymentView, providerId: string, detail?: string): SettlementPlan {
  const fate = depositFate(attempt, view, providerId)
  if (fate.kind === "place_order") return fate
  if (fate.kind === "keep") return { kind: "keep", order_id: view.order_id! }
  return { kind: "refund", reason: fate.reason, detail, sessions_to_unmark: sessionsPointingAt(view, attempt.gateway_order_id) }
}

/** Before placing: only a paid attempt without its order has anything left to do. */
export function planSettlement(attempt: SettledAttempt, view: CartPaymentView, providerId: string): SettlementPlan {
  if (attempt.status !== "paid" || attempt.order_id || !attempt.gateway_order_id) return { kind: "nothing" }
  return fromFate({ ...attempt, gateway_order_id: attempt.gateway_order_id }, view, providerId)
}

/** After placing: the order may now be this payment's, another payment's (a race), or not exist. */
export function planAfterPlacing(
  attempt: SettledAttempt & { gateway_order_id: string },
  view: CartPaymentView,
  error: PlacingError | undefined,
  providerId: string,
  now: Date
): SettlementPlan {
  if (view.completed) return fromFate(attempt, view, providerId, error?.message)
  const decidedAt = attempt.decided_at ? new Date(attempt.decided_at).getTime() : now.getTime()
  if (!DEFINITE_REFUSALS.has(error?.type ?? "") && now.getTime() - decidedAt < RETRY_COMPLETION_MS) {
    return { kind: "retry", error: error?.message ?? "unknown" }
  }
  return { kind: "refund", reason: "no_order", detail: error?.message, sessions_to_unmark: sessionsPointingAt(view, attempt.gateway_order_id) }
}
