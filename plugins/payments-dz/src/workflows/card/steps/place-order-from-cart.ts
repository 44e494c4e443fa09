import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { PlacingError } from "../../../lib/card/settlement-plan"

/**
 * Completes the cart into its order. A refusal is an expected outcome here, not a failure of the
 * settlement: it decides between retrying later and refunding the deposit (settlement-plan.ts), so
 * the cart workflow runs on its own and its error is returned. (As `runAsStep` its error would fail
 * the settlement and undo the recorded gateway answer, leaving the money with nobody to give it back.)
 */
export const placeOrderFromCartStep = createStep("place-order-from-card-cart", async (input: { cart_id: string }, { container }) => {
  const { errors } = await completeCartWorkflow(container).run({ input: { id: input.cart_id }, throwOnError: false })
  const error = errors?.[0]?.error as PlacingError | undefined
  return new StepResponse<{ error?: PlacingError }>({ error: error ? { message: error.message, type: error.type } : undefined })
})
