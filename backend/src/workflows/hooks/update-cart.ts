/**
 * Checks and ownership of a cart update. The checks run in `validate`, before anything is written:
 * Medusa's compensation of a failed update does not restore the cart's address, so a refusal after
 * the write would leave the refused address saved.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { FOREIGN_ADDRESS_MESSAGE, refuseUnknownPlace, type AddressInput } from "./address-refusal"
import { cartRequester, keepGuestCartAwayFromAccounts, type KnownCartOwner } from "./guest-cart-owner"


const idOf = (address: AddressInput) => (typeof address === "string" ? address : address?.id)

updateCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const { shipping_address, billing_address } = input as { shipping_address?: AddressInput; billing_address?: AddressInput }
  for (const address of [shipping_address, billing_address]) if (typeof address !== "string") refuseUnknownPlace(address)
  // An address id in the body must be this cart's own: Medusa would otherwise update or use another cart's address.
  if (idOf(shipping_address) || idOf(billing_address)) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["shipping_address.id", "billing_address.id"],
      filters: { id: (cart as { id: string }).id },
    })
    const own = data[0] as { shipping_address?: { id: string } | null; billing_address?: { id: string } | null } | undefined
    const foreign =
      (idOf(shipping_address) && idOf(shipping_address) !== own?.shipping_address?.id) || (idOf(billing_address) && idOf(billing_address) !== own?.billing_address?.id)
    if (foreign) throw new MedusaError(MedusaError.Types.INVALID_DATA, FOREIGN_ADDRESS_MESSAGE, refusal("foreign_address"))
  }
})

updateCartWorkflow.hooks.cartUpdated(async ({ cart, additional_data }, { container }) => {
  await keepGuestCartAwayFromAccounts(container, (cart as { id: string }).id, cartRequester(additional_data), cart as KnownCartOwner)
})
