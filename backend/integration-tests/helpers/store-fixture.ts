import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ALGIERS_ADDRESS } from "./algiers-address"
import seed from "../../src/scripts/seed"
import { CASH_ON_DELIVERY } from "../../src/scripts/seed/payment-providers"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/storefront-key"
import { DELIVERY_OPTIONS } from "../../src/scripts/seed/store-setup"

export { ALGIERS_ADDRESS }

type Api = {
  get(url: string, config?: object): Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
  post(url: string, body?: object, config?: object): Promise<{ data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Seeds the store and returns what a storefront holds: its key header, the region and the delivery
 * options' ids (home delivery, also as `homeOptionId`, and stop-desk pick-up).
 */
export async function seededStore(api: Api, container: MedusaContainer) {
  await seed({ container, args: [] })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
  const headers = { "x-publishable-api-key": key.token }
  const regionId: string = (await api.get("/store/regions", { headers })).data.regions[0].id
  const options = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: DELIVERY_OPTIONS.map((option) => option.name) })
  const idOf = (mode: string) => options.find((option) => (option.data as { mode: string }).mode === mode)!.id
  const deliveryOptions = { home: idOf("home"), stopdesk: idOf("stopdesk") }
  return { headers, regionId, deliveryOptions, homeOptionId: deliveryOptions.home }
}

/** The id of a seeded part's first variant, read as the storefront reads it. */
export async function variantOf(api: Api, headers: Record<string, string>, handle: string): Promise<string> {
  return (await api.get(`/store/products?handle=${handle}`, { headers })).data.products[0].variants[0].id
}

/** Pays a ready cart cash on delivery and completes it; returns Medusa's answer. */
export async function payAndComplete(api: Api, headers: Record<string, string>, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: CASH_ON_DELIVERY }, { headers })
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers })
  return data
}

/**
 * A customer's cart holding `quantity` of a seeded part, delivered home to Alger Centre: ready for a
 * payment collection. `customer` are the customer's headers (publishable key included).
 */
export async function homeDeliveryCart(
  api: Api,
  shop: { regionId: string; deliveryOptions: { home: string } },
  customer: Record<string, string>,
  handle: string,
  quantity = 2
): Promise<string> {
  const variantId = await variantOf(api, customer, handle)
  const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: customer })
  const cartId: string = data.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, { headers: customer })
  await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers: customer })
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.home }, { headers: customer })
  return cartId
}

/** The office's confirmation call on a cash-on-delivery order: before it, no parcel may leave (409 cod_not_confirmed). */
export async function confirmByPhone(api: Api, orderId: string, adminHeaders: Record<string, string>) {
  await api.post(`/admin/cod-orders/${orderId}/calls`, { outcome: "confirmed" }, { headers: adminHeaders })
}
