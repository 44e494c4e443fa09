import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { ChargilyOutcome } from "../../../lib/chargily/checkout-outcome"
import { isOpenCheckout } from "../../../lib/chargily/checkout-status"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../modules/chargily/service"
import { askGatewayOnce } from "../../card/steps/ask-gateway-once"

export type AskedCheckout = {
  checkout: ChargilyCheckoutRecord
  /** It is (or, once paid, was) the cart's live checkout. */
  live: boolean
  /** Chargily's answer, asked only for a checkout Chargily may still move: the settlement's one call. */
  outcome?: ChargilyOutcome
}

/** Reads the record and, if Chargily may still move it, re-reads the checkout from Chargily once (card/steps/ask-gateway-once.ts). */
export const askChargilyStep = createStep("ask-chargily-about-checkout", async (input: { id: string }, { container }) => {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const checkout = await chargily.retrieveChargilyCheckout(input.id)
  const asked = await askGatewayOnce(checkout, {
    isOpen: isOpenCheckout,
    liveStatus: "awaiting_payment",
    hasNewer: async (record) => (await chargily.listChargilyCheckouts({ cart_id: record.cart_id, created_at: { $gt: record.created_at } }, { select: ["id"], take: 1 })).length > 0,
    ask: (record) => chargily.gateway().outcome({ checkout_id: record.checkout_id!, amount: record.amount }),
  })
  return new StepResponse<AskedCheckout>({ checkout, ...asked })
})
