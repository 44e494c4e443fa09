import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SATIM_MODULE } from "../../modules/satim"
import type SatimModuleService from "../../modules/satim/service"
import { cardCartLock } from "../card/cart-lock"

/**
 * Closes every card page of a cart that became an order otherwise, under the cart's lock (the one
 * opening and settlement hold). Answers the SATIM order ids of pages found already paid: the caller
 * settles them, which refunds them (they are not the order's payment).
 */
export type RetireCardPagesInput = { cart_id: string }

const retireStep = createStep("retire-satim-card-pages", async (input: RetireCardPagesInput, { container }) => {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const { open } = await satim.surveyCardPages(input.cart_id)
  await satim.closeCardPages(open)
  return new StepResponse(open.filter((page) => page.outcome.kind === "paid").map((page) => page.satim_order_id))
})

export const retireCardPagesWorkflow = createWorkflow("retire-satim-card-pages", (input: RetireCardPagesInput) => {
  const key = transform({ input }, ({ input }) => cardCartLock(input.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const paid = retireStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(paid)
})
