import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"

/** Paid, but the order could not be placed for a passing reason: said on the attempt; the reconciliation job places it again. */
export const noteOrderPendingStep = createStep("note-satim-order-pending", async (input: { attempt: SatimAttempt; error: string }, { container }) => {
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`SATIM order ${input.attempt.order_number}: paid, the order could not be placed yet (${input.error}); retried`)
  const updated = await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({ id: input.attempt.id, failure: `Paid; placing the order failed for now: ${input.error}` })
  return new StepResponse(updated)
})
