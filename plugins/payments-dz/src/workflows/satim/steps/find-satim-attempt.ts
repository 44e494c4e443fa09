import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { SATIM_MODULE } from "../../../modules/satim"
import type SatimModuleService from "../../../modules/satim/service"

/** The attempt behind SATIM's order id: its id and cart (whose lock settlement takes). */
export const findSatimAttemptStep = createStep("find-satim-attempt", async (input: { satim_order_id: string }, { container }) => {
  const [attempt] = await container.resolve<SatimModuleService>(SATIM_MODULE).listSatimPayments({ satim_order_id: input.satim_order_id }, { select: ["id", "cart_id"] })
  if (!attempt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This card payment is unknown.", refusal("card_payment_unknown"))
  return new StepResponse({ id: attempt.id, cart_id: attempt.cart_id })
})
