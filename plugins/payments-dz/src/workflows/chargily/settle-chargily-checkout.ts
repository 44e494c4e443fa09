import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CHARGILY_CHECKOUT_EVENTS } from "../../lib/chargily/events"
import { CHARGILY_PROVIDER_ID } from "../../lib/provider-ids"
import { planAfterPlacing, planSettlement, type SettledAttempt, type SettlementPlan } from "../../lib/satim/settlement-plan"
import type { ChargilyCheckoutRecord } from "../../modules/chargily/models/chargily-checkout"
import { placeOrderFromCartStep } from "../satim/steps/place-order-from-cart"
import { unmarkCheckedSessionsStep } from "../satim/steps/unmark-checked-sessions"
import { chargilyCartLock } from "./cart-lock"
import { askChargilyStep } from "./steps/ask-chargily"
import { findChargilyCheckoutStep, type ChargilyCheckoutKey } from "./steps/find-chargily-checkout"
import { pointSessionAtChargilyCheckoutStep } from "./steps/point-session-at-chargily-checkout"
import { readChargilyCartPaymentsStep } from "./steps/read-chargily-cart-payments"
import { recordChargilyAnswerStep } from "./steps/record-chargily-answer"
import { linkChargilyToOrderStep, markChargilyRefundDueStep, noteChargilyOrderPendingStep } from "./steps/settle-chargily-outcome"

/**
 * Settles one Chargily checkout (a verified webhook, the customer's return, or the reconciliation
 * job): re-reads it from Chargily once, records the answer, and applies the card deposit rule shared
 * with SATIM (satim/deposit-fate.ts, satim/settlement-plan.ts): it becomes the order only if it was
 * the cart's live checkout and the cart still pays by it for that amount; any other paid checkout is
 * marked to be given back. Under the cart's lock; a settled checkout is never asked or completed
 * twice: twenty simultaneous webhooks give one capture and one order.
 */
export type SettleChargilyCheckoutInput = ChargilyCheckoutKey

export type ChargilySettlement = { checkout: ChargilyCheckoutRecord; waiting_reason?: string }

/** The shared rule reads SATIM's field names: the checkout id stands in the order id's place. */
const asSettledAttempt = (checkout: ChargilyCheckoutRecord, live: boolean): SettledAttempt & { satim_order_id: string } => ({
  status: checkout.status === "paid" ? "paid" : "declined",
  satim_order_id: checkout.checkout_id!,
  order_id: checkout.order_id,
  decided_at: checkout.decided_at,
  amount_centimes: checkout.amount * 100,
  live,
})

const planIs =
  (kind: SettlementPlan["kind"]) =>
  ({ plan }: { plan: SettlementPlan }) =>
    plan.kind === kind

export const settleChargilyCheckoutWorkflow = createWorkflow("settle-chargily-checkout", (input: SettleChargilyCheckoutInput) => {
  const found = findChargilyCheckoutStep(input)
  const key = transform({ found }, ({ found }) => chargilyCartLock(found.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const asked = askChargilyStep({ id: found.id })
  const recorded = recordChargilyAnswerStep(asked)
  const view = readChargilyCartPaymentsStep({ cart_id: found.cart_id })
  const firstPlan = transform({ recorded, view }, ({ recorded, view }) => planSettlement(asSettledAttempt(recorded.checkout, recorded.live), view, CHARGILY_PROVIDER_ID))

  const planAfterOrder = when("place-chargily-order", { plan: firstPlan }, planIs("place_order")).then(() => {
    pointSessionAtChargilyCheckoutStep(
      transform({ firstPlan, recorded }, ({ firstPlan, recorded }) => ({
        session_id: (firstPlan as Extract<SettlementPlan, { kind: "place_order" }>).session_id,
        checkout_id: recorded.checkout.checkout_id!,
        amount: recorded.checkout.amount,
      }))
    )
    const placing = placeOrderFromCartStep({ cart_id: found.cart_id })
    const viewAfter = readChargilyCartPaymentsStep({ cart_id: found.cart_id }).config({ name: "read-chargily-cart-payments-after-placing" })
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
