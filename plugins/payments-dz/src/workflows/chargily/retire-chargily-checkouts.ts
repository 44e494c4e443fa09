import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CHARGILY_MODULE } from "../../modules/chargily"
import type ChargilyModuleService from "../../modules/chargily/service"
import { cardCartLock } from "../card/cart-lock"

/**
 * Closes every open Chargily checkout of a cart that became an order, under the cart's lock. Answers
 * the checkout ids found already paid: the caller settles them (the order's own payment is kept, any
 * other is marked to be given back).
 */
const retireStep = createStep("retire-chargily-checkouts", async (input: { cart_id: string }, { container }) => {
  const { paid } = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).closeOpenCheckouts(input.cart_id)
  return new StepResponse(paid.map((checkout) => checkout.checkout_id))
})

export const retireChargilyCheckoutsWorkflow = createWorkflow("retire-chargily-checkouts", (input: { cart_id: string }) => {
  const key = transform({ input }, ({ input }) => cardCartLock(input.cart_id))
  acquireLockStep({ key, timeout: 60, ttl: 120 })
  const paid = retireStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(paid)
})
