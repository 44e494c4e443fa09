import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SATIM_PAYMENT_EVENTS } from "../../lib/satim/events"
import type { PaymentOutcome } from "../../lib/satim/payment-outcome"
import { satimLanguage } from "../../lib/satim/options"
import type { SatimStatusFields } from "../../lib/satim/status-response"
import { SATIM_MODULE } from "../../modules/satim"
import type { SatimPaymentStatus } from "../../lib/satim/payment-status"
import type SatimModuleService from "../../modules/satim/service"

/**
 * Settles one card payment from SATIM's order id alone (the customer's return, or the
 * reconciliation job): asks SATIM, records the answer, and for a checked deposit places the order.
 * If the cart can no longer become an order (stock gone meanwhile), the money is given back at once.
 * One run at a time per payment (lock), and a settled payment is never asked or completed twice:
 * twenty simultaneous returns give one capture and one order.
 */
export type SettleSatimPaymentInput = { satim_order_id: string }

export type SatimAttempt = {
  id: string
  order_number: string
  satim_order_id: string | null
  cart_id: string
  payment_session_id: string
  amount_centimes: number
  language: "AR" | "FR" | "EN"
  status: SatimPaymentStatus
  answer: Record<string, unknown> | null
  decided_at: Date | null
  order_id: string | null
  failure: string | null
  refunded_centimes: number
  created_at: Date
}

/** Where each outcome leaves the attempt; undefined = still waiting for the customer or for SATIM. */
function statusAfter(outcome: PaymentOutcome): SatimPaymentStatus | undefined {
  switch (outcome.kind) {
    case "paid":
    case "declined":
    case "rejected":
    case "mismatch":
    case "refunded":
      return outcome.kind
    default:
      return undefined
  }
}

const WAITING: SatimPaymentStatus[] = ["awaiting_card"]

type Decision = { attempt: SatimAttempt; waiting_reason?: string; message?: string; settled_now?: boolean }

const decideAttemptStep = createStep(
  "decide-satim-attempt",
  async (input: SettleSatimPaymentInput, { container }) => {
    const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
    const [attempt] = (await satim.listSatimPayments({ satim_order_id: input.satim_order_id })) as SatimAttempt[]
    if (!attempt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This card payment is unknown.")
    if (!WAITING.includes(attempt.status)) return new StepResponse<Decision, SatimAttempt | null>({ attempt }, null)
    const outcome = await satim
      .gateway()
      .confirm(input.satim_order_id, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes }, satimLanguage(attempt.language, "FR"))
    const status = statusAfter(outcome)
    const message = outcome.kind === "declined" ? outcome.message : undefined
    if (!status) return new StepResponse<Decision, SatimAttempt | null>({ attempt, waiting_reason: outcome.kind === "unknown" ? outcome.reason : "not_paid_yet" }, null)
    if (outcome.kind === "mismatch") {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`SATIM order ${attempt.order_number}: deposited but ${outcome.problems.join(", ")}; not accepted`)
    }
    const answer = (outcome.status ?? null) as SatimStatusFields | null
    const updated = (await satim.updateSatimPayments({
      id: attempt.id,
      status,
      answer: answer as Record<string, unknown> | null,
      decided_at: new Date(),
      failure: outcome.kind === "mismatch" ? outcome.problems.join("; ") : attempt.failure,
    })) as SatimAttempt
    return new StepResponse<Decision, SatimAttempt | null>({ attempt: updated, message }, attempt)
  },
  async (previous: SatimAttempt | null | undefined, { container }) => {
    if (!previous) return
    await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({
      id: previous.id,
      status: previous.status,
      answer: previous.answer,
      decided_at: previous.decided_at,
      failure: previous.failure,
    })
  }
)

/** Writes the paid attempt on its session (the customer may have opened the card page twice). */
async function pointSessionAt(container: MedusaContainer, attempt: SatimAttempt) {
  const payment = container.resolve(Modules.PAYMENT)
  const session = await payment.retrievePaymentSession(attempt.payment_session_id).catch(() => undefined)
  if (!session || session.status !== "pending") return
  await payment.updatePaymentSession({
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: {
      session_id: session.id,
      satim_order_id: attempt.satim_order_id,
      order_number: attempt.order_number,
      amount_centimes: attempt.amount_centimes,
      language: attempt.language,
    },
  })
}

const placeOrderOrRefundStep = createStep("place-order-or-refund-satim", async (decision: Decision, { container }) => {
  const { attempt } = decision
  if (attempt.status !== "paid" || attempt.order_id) return new StepResponse<Decision>(decision)
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const placedOrderId = async () => {
    const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: attempt.cart_id } })
    return (data[0] as { order_id?: string } | undefined)?.order_id
  }

  await pointSessionAt(container, attempt)
  const { result, errors } = await completeCartWorkflow(container).run({ input: { id: attempt.cart_id }, throwOnError: false })
  const orderId = errors?.length ? await placedOrderId() : (result as { id: string }).id
  if (orderId) {
    const updated = (await satim.updateSatimPayments({ id: attempt.id, order_id: orderId })) as SatimAttempt
    return new StepResponse<Decision>({ ...decision, attempt: updated, settled_now: true })
  }

  // Paid, but the cart cannot become an order: give the money back now.
  const reason = errors?.[0]?.error?.message ?? "the cart could not be ordered"
  const gateway = satim.gateway()
  const expected = { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes }
  const now = await gateway.status(attempt.satim_order_id!, expected)
  // Medusa gives back what it had recorded as captured; anything else is refunded here.
  const refund = now.kind === "refunded" ? ({ ok: true } as const) : await gateway.refund(attempt.satim_order_id!, attempt.amount_centimes)
  if (!refund.ok) {
    logger.error(`SATIM order ${attempt.order_number}: paid, no order (${reason}), and the refund failed (${refund.message}): refund it by hand`)
    const updated = (await satim.updateSatimPayments({ id: attempt.id, failure: `No order (${reason}); automatic refund failed: ${refund.message}` })) as SatimAttempt
    return new StepResponse<Decision>({ ...decision, attempt: updated })
  }
  logger.warn(`SATIM order ${attempt.order_number}: paid but the cart could not be ordered (${reason}); refunded in full`)
  const updated = (await satim.updateSatimPayments({
    id: attempt.id,
    status: "refunded",
    refunded_centimes: attempt.amount_centimes,
    failure: `No order: ${reason}`,
  })) as SatimAttempt
  return new StepResponse<Decision>({ ...decision, attempt: updated, settled_now: true })
})

export const settleSatimPaymentWorkflow = createWorkflow("settle-satim-payment", (input: SettleSatimPaymentInput) => {
  const key = transform({ input }, ({ input }) => `satim-payment:${input.satim_order_id}`)
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const decision = decideAttemptStep(input)
  const settled = placeOrderOrRefundStep(decision)
  releaseLockStep({ key })
  // Once per payment: only the run that placed the order (or refunded) announces it (receipt e-mail).
  when({ settled }, ({ settled }) => Boolean(settled.settled_now)).then(() => {
    emitEventStep({ eventName: SATIM_PAYMENT_EVENTS.settled, data: transform({ settled }, ({ settled }) => ({ id: settled.attempt.id })) })
  })
  return new WorkflowResponse(settled)
})
