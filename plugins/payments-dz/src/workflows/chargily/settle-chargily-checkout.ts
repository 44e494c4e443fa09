import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CHARGILY_CHECKOUT_EVENTS } from "../../lib/chargily/events"
import { chargilySessionRegistration } from "../../lib/chargily/session-data"
import { CHARGILY_PROVIDER_ID } from "../../lib/provider-ids"
import { planAfterPlacing, planSettlement, type SettledAttempt, type SettlementPlan } from "../../lib/card/settlement-plan"
import type { ChargilyCheckoutRecord } from "../../modules/chargily/models/chargily-checkout"
import { placeOrderFromCartStep } from "../card/steps/place-order-from-cart"
import { pointSessionAtPaymentStep } from "../card/steps/point-session-at-payment"
import { readCardCartPaymentsStep } from "../card/steps/read-card-cart-payments"
import { unmarkCheckedSessionsStep } from "../card/steps/unmark-checked-sessions"
import { cardCartLock } from "../card/cart-lock"
import { askChargilyStep } from "./steps/ask-chargily"
import { findChargilyCheckoutStep, type ChargilyCheckoutKey } from "./steps/find-chargily-checkout"
import { recordChargilyAnswerStep } from "./steps/record-chargily-answer"
import { linkChargilyToOrderStep, markChargilyRefundDueStep, noteChargilyOrderPendingStep } from "./steps/settle-chargily-outcome"

/**
 * Settles one Chargily checkout (a verified webhook, the customer's return, or the reconciliation
 * job): re-reads it from Chargily once, records the answer, and applies the card deposit rule shared
 * with SATIM (lib/card/deposit-fate.ts, lib/card/settlement-plan.ts): it becomes the order only if it was
 * the cart's live checkout and the cart still pays by it for that amount; any other paid checkout is
 * marked to be given back. Under the cart's lock; a settled checkout is never asked or completed
 * twice: twenty simultaneous webhooks give one capture and one order.
 */
export type SettleChargilyCheckoutInput = ChargilyCheckoutKey

export type ChargilySettlement = { checkout: ChargilyCheckoutRecord; waiting_reason?: string }

/** The card rule's view of a checkout: Chargily's checkout id is the gateway's order id. */
const asSettledAttempt = (checkout: ChargilyCheckoutRecord, live: boolean): SettledAttempt & { gateway_order_id: string } => ({
  status: checkout.status,
  gateway_order_id: checkout.checkout_id!,
  order_id: checkout.order_id,
  decided_at: checkout.decided_at,
  amount_centimes: checkout.amount * 100,
  live,
})

/** Where the card rule finds Chargily's payments on the cart. */
const cartPayments = (cartId: string) => ({ cart_id: cartId, provider_id: CHARGILY_PROVIDER_ID, gateway_order_id_key: "checkout_id" })

const planIs =
  (kind: SettlementPlan["kind"]) =>
  ({ plan }: { plan: SettlementPlan }) =>
    plan.kind === kind

export const settleChargilyCheckoutWorkflow = createWorkflow("settle-chargily-checkout", (input: SettleChargilyCheckoutInput) => {
  const found = findChargilyCheckoutStep(input)
  const key = transform({ found }, ({ found }) => cardCartLock(found.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const asked = askChargilyStep({ id: found.id })
  const recorded = recordChargilyAnswerStep(asked)
  const view = readCardCartPaymentsStep(transform({ found }, ({ found }) => cartPayments(found.cart_id)))
  const firstPlan = transform({ recorded, view }, ({ recorded, view }) => planSettlement(asSettledAttempt(recorded.checkout, recorded.live), view, CHARGILY_PROVIDER_ID))

  const planAfterOrder = when("place-chargily-order", { plan: firstPlan }, planIs("place_order")).then(() => {
    pointSessionAtPaymentStep(
      transform({ firstPlan, recorded }, ({ firstPlan, recorded }) => {
        const { session_id } = firstPlan as Extract<SettlementPlan, { kind: "place_order" }>
        return { session_id, registration: chargilySessionRegistration(session_id, { checkout_id: recorded.checkout.checkout_id!, amount: recorded.checkout.amount }, true) }
      })
    )
    const placing = placeOrderFromCartStep({ cart_id: found.cart_id })
    const viewAfter = readCardCartPaymentsStep(transform({ found }, ({ found }) => cartPayments(found.cart_id))).config({ name: "read-chargily-cart-payments-after-placing" })
    return transform({ recorded, viewAfter, placing }, ({ recorded, viewAfter, placing }) =>
      planAfterPlacing(asSettledAttempt(recorded.checkout, recorded.live), viewAfter, placing.error, CHARGILY_PROVIDER_ID, new Date())
    )
  })
  const plan = transform({ firstPlan, planAfterOrder }, ({ firstPlan, planAfterOrder }) => planAfterOrder ?? firstPlan)

  const kept = when("keep-chargily-payment", { plan }, planIs("keep")).then(() =>
    linkChargilyToOrderStep({ checkout: recorded.checkout, order_id: transform({ plan }, ({ plan }) => (plan as Extract<SettlementPlan, { kind: "keep" }>).order_id) })
  )
  const pending = when("retry-chargily-order", { plan }, planIs("retry")).then(() =>
    noteChargilyOrderPendingStep({ checkout: recorded.checkout, error: transform({ plan }, ({ plan }) => (plan as Extract<SettlementPlan, { kind: "retry" }>).error) })
  )
  const refundDue = when("give-back-chargily-payment", { plan }, planIs("refund")).then(() => {
    const refund = transform({ plan }, ({ plan }) => plan as Extract<SettlementPlan, { kind: "refund" }>)
    unmarkCheckedSessionsStep({ session_ids: transform({ refund }, ({ refund }) => refund.sessions_to_unmark) })
    const marked = markChargilyRefundDueStep(transform({ refund, recorded }, ({ refund, recorded }) => ({ checkout: recorded.checkout, reason: refund.reason, detail: refund.detail })))
    // The customer is told the shop will give the money back (subscribers/chargily-refund-due-mail.ts).
    emitEventStep({ eventName: CHARGILY_CHECKOUT_EVENTS.refund_due, data: transform({ marked }, ({ marked }) => ({ id: marked.id })) })
    return marked
  })
  releaseLockStep({ key })

  return new WorkflowResponse(
    transform({ recorded, kept, pending, refundDue }, ({ recorded, kept, pending, refundDue }): ChargilySettlement => ({
      checkout: kept ?? refundDue ?? pending ?? recorded.checkout,
      waiting_reason: recorded.waiting_reason,
    }))
  )
})
