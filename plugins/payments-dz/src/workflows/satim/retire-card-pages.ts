import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SATIM_MODULE } from "../../modules/satim"
import type SatimModuleService from "../../modules/satim/service"
import { satimCartLock } from "./start-satim-payment"

/** Closes a cart's card pages under the cart's lock (the one opening and settlement hold): see retireCardPages. */
export type RetireCardPagesInput = { cart_id: string }

const retireStep = createStep("retire-satim-card-pages", async (input: RetireCardPagesInput, { container }) => {
  return new StepResponse(await container.resolve<SatimModuleService>(SATIM_MODULE).retireCardPages(input.cart_id))
})

export const retireCardPagesWorkflow = createWorkflow("retire-satim-card-pages", (input: RetireCardPagesInput) => {
  const key = transform({ input }, ({ input }) => satimCartLock(input.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const retirement = retireStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(retirement)
})
