/** Checks and ownership of a new cart (one handler per hook: both jobs of each hook live here). */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { FOREIGN_ADDRESS_MESSAGE, refuseUnknownPlace, type AddressInput } from "./address-refusal"
import { cartRequester, keepGuestCartAwayFromAccounts } from "./guest-cart-owner"


createCartWorkflow.hooks.validate(async ({ input }) => {
  const { shipping_address, billing_address } = input as { shipping_address?: AddressInput; billing_address?: AddressInput }
  // A new cart has no address of its own yet: an address id would be another cart's or customer's.
  for (const address of [shipping_address, billing_address]) {
    if (typeof address === "string" || address?.id) throw new MedusaError(MedusaError.Types.INVALID_DATA, FOREIGN_ADDRESS_MESSAGE, refusal("foreign_address"))
    refuseUnknownPlace(address)
  }
})

createCartWorkflow.hooks.cartCreated(async ({ cart, additional_data }, { container }) => {
  await keepGuestCartAwayFromAccounts(container, cart.id, cartRequester(additional_data), cart)
})
