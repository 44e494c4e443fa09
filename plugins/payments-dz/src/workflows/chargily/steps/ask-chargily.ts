import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { ChargilyOutcome } from "../../../lib/chargily/checkout-outcome"
import { isOpenCheckout } from "../../../lib/chargily/checkout-status"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../modules/chargily/service"

export type AskedCheckout = {
  checkout: ChargilyCheckoutRecord
  /** It is (or, once paid, was) the cart's live checkout. */
  live: boolean
  /** Chargily's answer, asked only for a checkout Chargily may still move: the settlement's one call. */
  outcome?: ChargilyOutcome
}

/** Reads the record and, if Chargily may still move it, re-reads the checkout from Chargily once. Writes nothing. */
export const askChargilyStep = createStep("ask-chargily-about-checkout", async (input: { id: string }, { container }) => {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const checkout = await chargily.retrieveChargilyCheckout(input.id)
  if (!isOpenCheckout(checkout)) {
    // Paid but still without its order (a completion that failed earlier): retried as the live
    // checkout only if no newer checkout was opened for the cart since.
    const waitsForOrder = checkout.status === "paid" && !checkout.order_id
    const newer = waitsForOrder ? await chargily.listChargilyCheckouts({ cart_id: checkout.cart_id, created_at: { $gt: checkout.created_at } }, { select: ["id"], take: 1 }) : []
    return new StepResponse<AskedCheckout>({ checkout, live: waitsForOrder && !newer.length })
  }
  const outcome = await chargily.gateway().outcome({ checkout_id: checkout.checkout_id!, amount: checkout.amount })
  return new StepResponse<AskedCheckout>({ checkout, live: checkout.status === "awaiting_payment", outcome })
})
