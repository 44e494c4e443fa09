import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { cardPageAllowanceOfCart } from "../../../lib/card/cart-card-pages"

/**
 * A few card pages per cart and window (each one is a place to try stolen cards), SATIM's and
 * Chargily's counted together. Run under the cart's lock, before a page opens.
 */
export const limitCardPagesStep = createStep("limit-card-pages", async (input: { cart_id: string }, { container }) => {
  const allowance = await cardPageAllowanceOfCart(container, input.cart_id)
  if (!allowance.allowed) {
    const minutes = Math.ceil(allowance.retryAfterSeconds / 60)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Too many card payment pages were opened for this cart: try again in ${minutes} minute${minutes > 1 ? "s" : ""}, or choose cash on delivery.`,
      refusal("card_page_limit")
    )
  }
  return new StepResponse(undefined)
})
