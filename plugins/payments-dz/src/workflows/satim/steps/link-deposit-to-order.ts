import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"

/** The deposit is the order's payment: the attempt records its order. */
export const linkDepositToOrderStep = createStep(
  "link-satim-deposit-to-order",
  async (input: { attempt: SatimAttempt; order_id: string }, { container }) => {
    const updated = await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({ id: input.attempt.id, order_id: input.order_id, failure: null })
    return new StepResponse(updated, input.attempt)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({ id: previous.id, order_id: previous.order_id, failure: previous.failure })
  }
)
