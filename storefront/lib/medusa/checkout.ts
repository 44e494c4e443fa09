import "server-only"
import { medusa } from "./client"
import type { CheckoutDetails } from "../checkout/details"

type ShippingOption = { id: string; name: string; data?: Record<string, unknown> | null }

/** Cash on delivery (plugins/payments-dz), the only payment offered until card payments land. */
export const CASH_ON_DELIVERY = "pp_cod_cod"

/** The cart's delivery option for the chosen mode (home or stop-desk), priced by Medusa from the wilaya. */
export async function deliveryOptionFor(cartId: string, mode: CheckoutDetails["delivery"]): Promise<ShippingOption | null> {
  const { shipping_options } = await medusa.store.fulfillment.listCartOptions({ cart_id: cartId })
  const options = shipping_options as unknown as ShippingOption[]
  return options.find((option) => option.data?.mode === mode) ?? null
}

export async function payCashOnDelivery(cartId: string): Promise<void> {
  const { payment_collection } = await medusa.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
  })
  await medusa.client.fetch(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: CASH_ON_DELIVERY },
  })
}

/** The signed token that opens the order a cart just became (see the backend's /store/carts/:id/order-link). */
export async function orderLinkTokenFor(cartId: string): Promise<string> {
  const { token } = await medusa.client.fetch<{ token: string }>(`/store/carts/${cartId}/order-link`, { method: "POST" })
  return token
}
