import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { medusa } from "./client"
import type { CheckoutDetails } from "../checkout/details"

type ShippingOption = { id: string; name: string; data?: Record<string, unknown> | null }

/** The cart's delivery option for the chosen mode (home or stop-desk), priced by Medusa from the wilaya. */
export async function deliveryOptionFor(cartId: string, mode: CheckoutDetails["delivery"]): Promise<ShippingOption | null> {
  const { shipping_options } = await medusa.store.fulfillment.listCartOptions({ cart_id: cartId })
  const options = shipping_options as unknown as ShippingOption[]
  return options.find((option) => option.data?.mode === mode) ?? null
}

/** A cash-on-delivery payment session on the cart (its payment collection is created, or reused on a retry). */
export async function payCashOnDelivery(cartId: string): Promise<void> {
  await medusa.store.payment.initiatePaymentSession({ id: cartId } as HttpTypes.StoreCart, { provider_id: CASH_ON_DELIVERY_PROVIDER_ID })
}

/** The signed token that opens the order a cart just became (see the backend's /store/carts/:id/order-link). */
export async function orderLinkTokenFor(cartId: string): Promise<string> {
  const { token } = await medusa.client.fetch<{ token: string }>(`/store/carts/${cartId}/order-link`, { method: "POST" })
  return token
}
