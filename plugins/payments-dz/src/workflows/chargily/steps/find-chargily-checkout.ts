import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type ChargilyModuleService from "../../../modules/chargily/service"

/** Chargily's checkout id (a webhook) or our record's id (the return page's `ref`). */
export type ChargilyCheckoutKey = { checkout_id: string } | { reference: string }

/** The record behind a checkout: its id and cart (whose lock settlement takes). */
export const findChargilyCheckoutStep = createStep("find-chargily-checkout", async (input: ChargilyCheckoutKey, { container }) => {
  // A record whose checkout was never created at Chargily has nothing to settle.
  const filter = "checkout_id" in input ? { checkout_id: input.checkout_id } : { id: input.reference, checkout_id: { $ne: null } }
  const [checkout] = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).listChargilyCheckouts(filter, { select: ["id", "cart_id"] })
  if (!checkout) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This online payment is unknown.", refusal("chargily_checkout_unknown"))
  return new StepResponse({ id: checkout.id, cart_id: checkout.cart_id })
})
