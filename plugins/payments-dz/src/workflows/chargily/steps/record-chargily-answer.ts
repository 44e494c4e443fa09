import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import type { ChargilyOutcome } from "../../../lib/chargily/checkout-outcome"
import type { ChargilyCheckoutStatus } from "../../../lib/chargily/checkout-status"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../modules/chargily/service"
import type { AskedCheckout } from "./ask-chargily"

export type RecordedCheckout = AskedCheckout & { waiting_reason?: string }

/** Where each outcome leaves the checkout; undefined = still waiting for the customer or for Chargily. */
function statusAfter(outcome: ChargilyOutcome): ChargilyCheckoutStatus | undefined {
  return outcome.kind === "pending" || outcome.kind === "unknown" ? undefined : outcome.kind
}

/** Records Chargily's decisive answer (undone if a later step fails); a waiting answer records nothing. */
export const recordChargilyAnswerStep = createStep(
  "record-chargily-answer",
  async (asked: AskedCheckout, { container }) => {
    const { checkout, live, outcome } = asked
    if (!outcome) return new StepResponse<RecordedCheckout, ChargilyCheckoutRecord | null>(asked, null)
    const status = statusAfter(outcome)
    if (!status) return new StepResponse<RecordedCheckout, ChargilyCheckoutRecord | null>({ ...asked, waiting_reason: outcome.kind === "unknown" ? outcome.reason : "not_paid_yet" }, null)
    if (outcome.kind === "mismatch") {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Chargily checkout ${checkout.checkout_id}: paid but ${outcome.problems.join(", ")}; not accepted`)
    }
    // A replaced checkout that closed without money keeps its place in the history as superseded.
    const closedReplaced = !live && status !== "paid" && status !== "mismatch"
    const updated = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({
      id: checkout.id,
      status: closedReplaced ? "superseded" : status,
      answer: "checkout" in outcome ? (outcome.checkout as unknown as Record<string, unknown>) : null,
      decided_at: new Date(),
      failure: outcome.kind === "mismatch" ? outcome.problems.join("; ") : checkout.failure,
    })
    securityEvent({ event: "chargily_payment_decided", outcome: updated.status === "paid" ? "success" : "failure", status: updated.status, checkout_id: checkout.checkout_id })
    return new StepResponse<RecordedCheckout, ChargilyCheckoutRecord | null>({ ...asked, checkout: updated }, checkout)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, status, answer, decided_at, failure } = previous
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id, status, answer, decided_at, failure })
  }
)
