import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { depositFate, type CartPaymentView } from "../../lib/satim/deposit-fate"
import { SATIM_PAYMENT_EVENTS } from "../../lib/satim/events"
import type { PaymentOutcome } from "../../lib/satim/payment-outcome"
import { satimLanguage } from "../../lib/satim/options"
import { sessionRegistration } from "../../lib/satim/session-data"
import type { SatimStatusFields } from "../../lib/satim/status-response"
import { SATIM_MODULE } from "../../modules/satim"
import { isOpenAttempt, type SatimPaymentStatus, type SatimRefundReason } from "../../lib/satim/payment-status"
import type SatimModuleService from "../../modules/satim/service"
import { SATIM_PROVIDER_ID } from "../../lib/provider-ids"
import { satimCartLock } from "./start-satim-payment"

/**
 * Settles one card payment from SATIM's order id alone (the customer's return, SATIM's callback or
 * the reconciliation job): asks SATIM, records the answer, and applies the one rule for a checked
 * deposit (deposit-fate.ts): it becomes the order only if it was the cart's live card page and the
 * cart still pays by it; any other deposit — a second tab, an old tab after a cash-on-delivery
 * order, a replaced page — is refunded at once, recorded, and the customer told by e-mail.
 * Runs under the cart's lock (shared with opening card pages), and a settled payment is never asked
 * or completed twice: twenty simultaneous returns give one capture and one order.
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
  refund_reason: SatimRefundReason | null
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

type Decision = { attempt: SatimAttempt; live: boolean; waiting_reason?: string; settled_now?: boolean }

const findAttemptStep = createStep("find-satim-attempt", async (input: SettleSatimPaymentInput, { container }) => {
  const [attempt] = await container.resolve<SatimModuleService>(SATIM_MODULE).listSatimPayments({ satim_order_id: input.satim_order_id }, { select: ["id", "cart_id"] })
  if (!attempt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This card payment is unknown.", refusal("card_payment_unknown"))
  return new StepResponse({ id: attempt.id, cart_id: attempt.cart_id })
})

const decideAttemptStep = createStep(
  "decide-satim-attempt",
  async (input: SettleSatimPaymentInput, { container }) => {
    const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
    const [attempt] = (await satim.listSatimPayments({ satim_order_id: input.satim_order_id })) as SatimAttempt[]
    if (!attempt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This card payment is unknown.", refusal("card_payment_unknown"))
    if (!isOpenAttempt(attempt)) {
      // A deposit still without its order (a completion or a refund that failed earlier) is retried as
      // the live page only if no newer page was opened for the cart since (a replaced page never is).
      const newer = attempt.status === "paid" && !attempt.order_id ? await satim.listSatimPayments({ cart_id: attempt.cart_id, created_at: { $gt: attempt.created_at } }, { select: ["id"], take: 1 }) : []
      return new StepResponse<Decision, SatimAttempt | null>({ attempt, live: attempt.status === "paid" && !newer.length }, null)
    }
    const live = attempt.status === "awaiting_card"
    const outcome = await satim
      .gateway()
      .confirm(input.satim_order_id, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes }, satimLanguage(attempt.language, "FR"))
    const status = statusAfter(outcome)
    if (!status) return new StepResponse<Decision, SatimAttempt | null>({ attempt, live, waiting_reason: outcome.kind === "unknown" ? outcome.reason : "not_paid_yet" }, null)
    if (outcome.kind === "mismatch") {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`SATIM order ${attempt.order_number}: deposited but ${outcome.problems.join(", ")}; not accepted`)
    }
    // A replaced page that SATIM closed without money keeps its place in the history as superseded.
    const closedReplacedPage = !live && status !== "paid" && status !== "mismatch" && status !== "refunded"
    const answer = (outcome.status ?? null) as SatimStatusFields | null
    const updated = (await satim.updateSatimPayments({
      id: attempt.id,
      status: closedReplacedPage ? "superseded" : status,
      answer: answer as Record<string, unknown> | null,
      decided_at: new Date(),
      failure: outcome.kind === "mismatch" ? outcome.problems.join("; ") : attempt.failure,
    })) as SatimAttempt
    return new StepResponse<Decision, SatimAttempt | null>({ attempt: updated, live }, attempt)
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

type CartRow = {
  completed_at: string | null
  order?: { id: string; payment_collections?: Array<{ payments?: Array<{ provider_id: string; data?: Record<string, unknown> | null } | null> | null } | null> } | null
  payment_collection?: { payment_sessions?: Array<{ id: string; provider_id: string; status: string; data?: Record<string, unknown> | null } | null> | null } | null
}

/** The cart as the deposit rule sees it, read fresh in one query: completed or not, its order's card payments, its sessions. */
async function cartPaymentView(container: MedusaContainer, cartId: string): Promise<CartPaymentView & { order_id?: string }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "completed_at",
      "order.id",
      "order.payment_collections.payments.provider_id",
      "order.payment_collections.payments.data",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  const present = <T>(value: T | null | undefined): value is T => Boolean(value)
  return {
    completed: Boolean(cart?.completed_at || cart?.order),
    order_id: cart?.order?.id,
    order_satim_order_ids: (cart?.order?.payment_collections ?? [])
      .flatMap((collection) => collection?.payments ?? [])
      .filter(present)
      .filter((payment) => payment.provider_id === SATIM_PROVIDER_ID)
      .map((payment) => payment.data?.satim_order_id)
      .filter((id): id is string => typeof id === "string"),
    sessions: (cart?.payment_collection?.payment_sessions ?? []).filter(present).map((session) => ({
      id: session.id,
      provider_id: session.provider_id,
      status: session.status,
      satim_order_id: typeof session.data?.satim_order_id === "string" ? session.data.satim_order_id : null,
    })),
  }
}

const REFUND_WORDS: Record<SatimRefundReason, string> = {
  no_order: "the cart could not be ordered",
  already_ordered: "the cart had already been ordered with another payment",
  replaced: "a newer card page or another way of paying replaced this one",
}

/** Gives a deposit back in full at SATIM and records why; never twice (SATIM's own status is asked first). */
async function refundDeposit(container: MedusaContainer, attempt: SatimAttempt, reason: SatimRefundReason, detail?: string): Promise<SatimAttempt> {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gateway = satim.gateway()
  const words = detail ? `${REFUND_WORDS[reason]} (${detail})` : REFUND_WORDS[reason]
  const now = await gateway.status(attempt.satim_order_id!, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes })
  const refund = now.kind === "refunded" ? ({ ok: true } as const) : await gateway.refund(attempt.satim_order_id!, attempt.amount_centimes)
  if (!refund.ok) {
    logger.error(`SATIM order ${attempt.order_number}: paid, not the order's payment (${words}), and the refund failed (${refund.message}): the reconciliation job retries`)
    return (await satim.updateSatimPayments({ id: attempt.id, failure: `Not the order's payment (${words}); automatic refund failed: ${refund.message}` })) as SatimAttempt
  }
  logger.warn(`SATIM order ${attempt.order_number}: paid but ${words}; refunded in full`)
  return (await satim.updateSatimPayments({
    id: attempt.id,
    status: "refunded",
    refunded_centimes: attempt.amount_centimes,
    refund_reason: reason,
    failure: `Refunded automatically: ${words}`,
  })) as SatimAttempt
}

/** Writes the paid page on the card session the cart pays with (authorisation checks it was written for that session). */
async function pointSessionAt(container: MedusaContainer, sessionId: string, attempt: SatimAttempt) {
  const payment = container.resolve(Modules.PAYMENT)
  const session = await payment.retrievePaymentSession(sessionId)
  await payment.updatePaymentSession({
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: sessionRegistration(session.id, { ...attempt, satim_order_id: attempt.satim_order_id! }),
  })
}

/** How long a paid page whose order could not be placed for a passing reason (a lock, the database) is retried. */
const RETRY_COMPLETION_MS = 24 * 3600_000

/** A refusal that placing again will not change (stock, a delivery that no longer matches): the money goes back. */
const isDefiniteRefusal = (error: { type?: string } | undefined) =>
  error?.type === MedusaError.Types.NOT_ALLOWED || error?.type === MedusaError.Types.INVALID_DATA || error?.type === MedusaError.Types.NOT_FOUND

const placeOrderOrRefundStep = createStep("place-order-or-refund-satim", async (decision: Decision, { container }) => {
  const { attempt } = decision
  if (attempt.status !== "paid" || attempt.order_id) return new StepResponse<Decision>(decision)
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const paid = { satim_order_id: attempt.satim_order_id!, live: decision.live }

  let view = await cartPaymentView(container, attempt.cart_id)
  let fate = depositFate(paid, view, SATIM_PROVIDER_ID)
  let completionError: { message?: string; type?: string } | undefined
  if (fate.kind === "place_order") {
    await pointSessionAt(container, fate.session_id, attempt)
    const { errors } = await completeCartWorkflow(container).run({ input: { id: attempt.cart_id }, throwOnError: false })
    completionError = errors?.[0]?.error
    // Asked again: the order may now be this payment's, another payment's (a race), or not exist.
    view = await cartPaymentView(container, attempt.cart_id)
    if (!view.completed) {
      const decidedAt = attempt.decided_at ? new Date(attempt.decided_at).getTime() : Date.now()
      if (!isDefiniteRefusal(completionError) && Date.now() - decidedAt < RETRY_COMPLETION_MS) {
        // A passing failure: the reconciliation job places the order again later; the money stays.
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`SATIM order ${attempt.order_number}: paid, the order could not be placed yet (${completionError?.message}); retried`)
        const updated = (await satim.updateSatimPayments({ id: attempt.id, failure: `Paid; placing the order failed for now: ${completionError?.message ?? "unknown"}` })) as SatimAttempt
        return new StepResponse<Decision>({ ...decision, attempt: updated })
      }
      fate = { kind: "refund", reason: "no_order" }
    } else {
      fate = depositFate(paid, view, SATIM_PROVIDER_ID)
    }
  }
  if (fate.kind === "keep") {
    const updated = (await satim.updateSatimPayments({ id: attempt.id, order_id: view.order_id, failure: null })) as SatimAttempt
    return new StepResponse<Decision>({ ...decision, attempt: updated, settled_now: true })
  }
  if (fate.kind === "place_order") return new StepResponse<Decision>(decision)
  const refunded = await refundDeposit(container, attempt, fate.reason, completionError?.message)
  return new StepResponse<Decision>({ ...decision, attempt: refunded, settled_now: refunded.status === "refunded" })
})

export const settleSatimPaymentWorkflow = createWorkflow("settle-satim-payment", (input: SettleSatimPaymentInput) => {
  const found = findAttemptStep(input)
  const key = transform({ found }, ({ found }) => satimCartLock(found.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const decision = decideAttemptStep(input)
  const settled = placeOrderOrRefundStep(decision)
  releaseLockStep({ key })
  // Once per payment: only the run that placed the order (or refunded) announces it (receipt or refund e-mail).
  when({ settled }, ({ settled }) => Boolean(settled.settled_now)).then(() => {
    emitEventStep({ eventName: SATIM_PAYMENT_EVENTS.settled, data: transform({ settled }, ({ settled }) => ({ id: settled.attempt.id })) })
  })
  return new WorkflowResponse(settled)
})
