import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import type { PaymentOutcome } from "../../../lib/satim/payment-outcome"
import type { SatimPaymentStatus } from "../../../lib/satim/payment-status"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"
import type { AskedAttempt } from "./ask-satim-about-attempt"

export type RecordedAttempt = AskedAttempt & { waiting_reason?: string }

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

/** Records SATIM's decisive answer on the attempt (undone if a later step fails); a waiting answer records nothing. */
export const recordSatimAnswerStep = createStep(
  "record-satim-answer",
  async (asked: AskedAttempt, { container }) => {
    const { attempt, live, outcome } = asked
    if (!outcome) return new StepResponse<RecordedAttempt, SatimAttempt | null>(asked, null)
    const status = statusAfter(outcome)
    if (!status) return new StepResponse<RecordedAttempt, SatimAttempt | null>({ ...asked, waiting_reason: outcome.kind === "unknown" ? outcome.reason : "not_paid_yet" }, null)
    if (outcome.kind === "mismatch") {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`SATIM order ${attempt.order_number}: deposited but ${outcome.problems.join(", ")}; not accepted`)
    }
    // A replaced page that SATIM closed without money keeps its place in the history as superseded.
    const closedReplacedPage = !live && status !== "paid" && status !== "mismatch" && status !== "refunded"
    const updated = await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({
      id: attempt.id,
      status: closedReplacedPage ? "superseded" : status,
      answer: (outcome.status ?? null) as Record<string, unknown> | null,
      decided_at: new Date(),
      failure: outcome.kind === "mismatch" ? outcome.problems.join("; ") : attempt.failure,
    })
    securityEvent({ event: "card_payment_decided", outcome: updated.status === "paid" ? "success" : "failure", status: updated.status, order_number: attempt.order_number, satim_order_id: attempt.satim_order_id })
    return new StepResponse<RecordedAttempt, SatimAttempt | null>({ ...asked, attempt: updated }, attempt)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, status, answer, decided_at, failure } = previous
    await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({ id, status, answer, decided_at, failure })
  }
)
