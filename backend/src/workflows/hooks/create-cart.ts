/** Checks and ownership of a new cart (one handler per hook: both jobs of each hook live here). */
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { refuseUnknownPlace } from "./address-refusal"
import { cartRequester, keepGuestCartAwayFromAccounts } from "./guest-cart-owner"

type AddressInput = { province?: string | null; city?: string | null } | null | undefined

createCartWorkflow.hooks.validate(async ({ input }) => {
  const { shipping_address, billing_address } = input as { shipping_address?: AddressInput; billing_address?: AddressInput }
  refuseUnknownPlace(shipping_address)
  refuseUnknownPlace(billing_address)
})

createCartWorkflow.hooks.cartCreated(async ({ cart, additional_data }, { container }) => {
  await keepGuestCartAwayFromAccounts(container, cart.id, cartRequester(additional_data))
})
