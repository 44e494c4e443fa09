import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SATIM_PAYMENT_EVENTS } from "../../lib/satim/events"
import { sessionRegistration } from "../../lib/satim/session-data"
import { SATIM_PROVIDER_ID } from "../../lib/provider-ids"
import { planAfterPlacing, planSettlement, type SettledAttempt, type SettlementPlan } from "../../lib/card/settlement-plan"
import type { SatimAttempt } from "../../modules/satim/models/satim-payment"
import { cardCartLock } from "../card/cart-lock"
import { askSatimAboutAttemptStep } from "./steps/ask-satim-about-attempt"
import { findSatimAttemptStep } from "./steps/find-satim-attempt"
import { linkDepositToOrderStep } from "./steps/link-deposit-to-order"
import { noteOrderPendingStep } from "./steps/note-order-pending"
import { recordSatimAnswerStep } from "./steps/record-satim-answer"
import { refundDepositStep } from "./steps/refund-deposit"
import { placeOrderFromCartStep } from "../card/steps/place-order-from-cart"
import { pointSessionAtPaymentStep } from "../card/steps/point-session-at-payment"
import { readCardCartPaymentsStep } from "../card/steps/read-card-cart-payments"
import { unmarkCheckedSessionsStep } from "../card/steps/unmark-checked-sessions"

/**
 * Settles one card payment from SATIM's order id alone (the customer's return, SATIM's callback or
 * the reconciliation job): asks SATIM once, records the answer, and applies the one rule for a
 * checked deposit (lib/card/deposit-fate.ts, settlement-plan.ts): it becomes the order only if it was the
 * cart's live card page and the cart still pays by it; any other deposit — a second tab, an old tab
 * after a cash-on-delivery order, a replaced page — is refunded at once, recorded, and the customer
 * told by e-mail. Runs under the cart's lock (shared with opening card pages), and a settled payment
 * is never asked or completed twice: twenty simultaneous returns give one capture and one order.
 */
export type SettleSatimPaymentInput = { satim_order_id: string }

export type SettlementResult = { attempt: SatimAttempt; live: boolean; waiting_reason?: string; settled_now: boolean }

/** The card rule's view of an attempt: SATIM's order id is the gateway's. */
const asSettledAttempt = (attempt: SatimAttempt, live: boolean): SettledAttempt => ({ ...attempt, gateway_order_id: attempt.satim_order_id, live })

/** Where the card rule finds SATIM's payments on the cart. */
const cartPayments = (cartId: string) => ({ cart_id: cartId, provider_id: SATIM_PROVIDER_ID, gateway_order_id_key: "satim_order_id" })

const planIs =
  (kind: SettlementPlan["kind"]) =>
  ({ plan }: { plan: SettlementPlan }) =>
    plan.kind === kind

export const settleSatimPaymentWorkflow = createWorkflow("settle-satim-payment", (input: SettleSatimPaymentInput) => {
  const found = findSatimAttemptStep(input)
  const key = transform({ found }, ({ found }) => cardCartLock(found.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const asked = askSatimAboutAttemptStep({ id: found.id })
  const recorded = recordSatimAnswerStep(asked)
  const view = readCardCartPaymentsStep(transform({ found }, ({ found }) => cartPayments(found.cart_id)))
  const firstPlan = transform({ recorded, view }, ({ recorded, view }) => planSettlement(asSettledAttempt(recorded.attempt, recorded.live), view, SATIM_PROVIDER_ID))

  const planAfterOrder = when("place-satim-order", { plan: firstPlan }, planIs("place_order")).then(() => {
    pointSessionAtPaymentStep(
      transform({ firstPlan, recorded }, ({ firstPlan, recorded }) => {
        const { session_id } = firstPlan as Extract<SettlementPlan, { kind: "place_order" }>
        return { session_id, registration: sessionRegistration(session_id, { ...recorded.attempt, satim_order_id: recorded.attempt.satim_order_id! }, true) }
      })
    )
    const placing = placeOrderFromCartStep({ cart_id: found.cart_id })
    const viewAfter = readCardCartPaymentsStep(transform({ found }, ({ found }) => cartPayments(found.cart_id))).config({ name: "read-satim-cart-payments-after-placing" })
    return transform({ recorded, viewAfter, placing }, ({ recorded, viewAfter, placing }) =>
      planAfterPlacing({ ...asSettledAttempt(recorded.attempt, recorded.live), gateway_order_id: recorded.attempt.satim_order_id! }, viewAfter, placing.error, SATIM_PROVIDER_ID, new Date())
    )
  })
  const plan = transform({ firstPlan, planAfterOrder }, ({ firstPlan, planAfterOrder }) => planAfterOrder ?? firstPlan)

  const kept = when("keep-satim-deposit", { plan }, planIs("keep")).then(() =>
    linkDepositToOrderStep({ attempt: recorded.attempt, order_id: transform({ plan }, ({ plan }) => (plan as Extract<SettlementPlan, { kind: "keep" }>).order_id) })
  )
  const pending = when("retry-satim-order", { plan }, planIs("retry")).then(() =>
    noteOrderPendingStep({ attempt: recorded.attempt, error: transform({ plan }, ({ plan }) => (plan as Extract<SettlementPlan, { kind: "retry" }>).error) })
  )
  const refunded = when("refund-satim-deposit", { plan }, planIs("refund")).then(() => {
    const refund = transform({ plan, recorded }, ({ plan, recorded }) => ({ ...(plan as Extract<SettlementPlan, { kind: "refund" }>), satim_said: recorded.outcome?.kind }))
    unmarkCheckedSessionsStep({ session_ids: transform({ refund }, ({ refund }) => refund.sessions_to_unmark) })
    return refundDepositStep(transform({ refund, recorded }, ({ refund, recorded }) => ({ attempt: recorded.attempt, reason: refund.reason, detail: refund.detail, satim_said: refund.satim_said })))
  })
  releaseLockStep({ key })

  const result = transform({ recorded, kept, pending, refunded }, ({ recorded, kept, pending, refunded }): SettlementResult => ({
    attempt: kept ?? refunded ?? pending ?? recorded.attempt,
    live: recorded.live,
    waiting_reason: recorded.waiting_reason,
    settled_now: Boolean(kept) || refunded?.status === "refunded",
  }))
  // Once per payment: only the run that placed the order (or refunded) announces it (receipt or refund e-mail).
  when("announce-satim-settlement", { result }, ({ result }) => result.settled_now).then(() => {
    emitEventStep({ eventName: SATIM_PAYMENT_EVENTS.settled, data: transform({ result }, ({ result }) => ({ id: result.attempt.id })) })
  })
  return new WorkflowResponse(result)
})
