/**
 * The office gave a `refund_due` Chargily payment back from Chargily's dashboard (Chargily has no
 * refund API) and records it here: the checkout becomes `refunded_manually` with who and when, and
 * the security log keeps a line. One click at a time per checkout: a second meets the new status (409).
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { manualRefundRefusal } from "../../lib/chargily/manual-refund"
import { CHARGILY_MODULE } from "../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../modules/chargily/service"

export type MarkChargilyRefundedManuallyInput = { id: string; staff_user_id: string }

const REFUSAL_MESSAGE = {
  chargily_checkout_unknown: "Ce paiement Chargily est introuvable.",
  chargily_not_refund_due: "Ce paiement Chargily n'est pas à rembourser (déjà enregistré comme remboursé, ou jamais dû).",
} as const

/** Moves the checkout from refund_due to refunded_manually, naming the staff user; a rollback puts it back as it was. */
const recordManualRefundStep = createStep(
  "record-chargily-manual-refund",
  async (input: MarkChargilyRefundedManuallyInput, { container }) => {
    const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
    const [before] = (await chargily.listChargilyCheckouts({ id: input.id })) as ChargilyCheckoutRecord[]
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, REFUSAL_MESSAGE.chargily_checkout_unknown, refusal("chargily_checkout_unknown"))
    const refused = manualRefundRefusal(before.status)
    if (refused) throw new MedusaError(MedusaError.Types.CONFLICT, REFUSAL_MESSAGE[refused], refusal(refused))
    const updated = (await chargily.updateChargilyCheckouts({
      id: before.id,
      status: "refunded_manually",
      refunded_at: new Date(),
      refunded_by: input.staff_user_id,
    })) as unknown as ChargilyCheckoutRecord
    return new StepResponse(updated, { id: before.id, status: before.status, refunded_at: before.refunded_at, refunded_by: before.refunded_by })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts(previous)
  }
)

/** The audit line: which staff user said which Chargily payment was given back, and how much. */
const logManualRefundStep = createStep("log-chargily-manual-refund", async (input: { checkout: ChargilyCheckoutRecord; staff_user_id: string }) => {
  securityEvent({
    event: "chargily_refunded_manually",
    outcome: "success",
    actor: input.staff_user_id,
    checkout_id: input.checkout.checkout_id,
    amount: input.checkout.amount,
    reason: input.checkout.refund_reason,
  })
  return new StepResponse(undefined)
})

export const markChargilyRefundedManuallyWorkflow = createWorkflow("mark-chargily-refunded-manually", (input: WorkflowData<MarkChargilyRefundedManuallyInput>) => {
  const key = transform({ input }, ({ input }) => `chargily-manual-refund:${input.id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const checkout = recordManualRefundStep(input)
  logManualRefundStep({ checkout, staff_user_id: input.staff_user_id })
  releaseLockStep({ key })
  return new WorkflowResponse(checkout)
})
