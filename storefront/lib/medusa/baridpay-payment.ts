import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BARIDPAY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { customerAuthHeaders } from "../account/session"
import { medusa } from "./client"
import { medusaFailure } from "./errors"

/** What the order page shows a customer paying with BaridPay (the backend's /store/order-links/:token/baridpay). */
export type BaridpayPayment = {
  display_id: number
  amount: number
  payment_reference: string
  rip: string
  qr_url: string | null
  qr_payload: string | null
  status: "awaiting_reference" | "submitted" | "confirmed" | "rejected" | "expired"
  paid: boolean
  transaction_reference: string | null
  may_submit: boolean
}

/** Whether this shop offers BaridPay on the cart's region. */
export async function baridpayPaymentOffered(regionId: string): Promise<boolean> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.some((provider) => provider.id === BARIDPAY_PROVIDER_ID)
}

/** Puts the cart's payment on BaridPay (refused by Medusa under 100 DA and over the 500 000 DA cap). */
export async function payWithBaridpayMethod(cartId: string): Promise<void> {
  await medusa.store.payment.initiatePaymentSession({ id: cartId } as HttpTypes.StoreCart, { provider_id: BARIDPAY_PROVIDER_ID })
}

/**
 * Whose BaridPay the page shows: the order a signed link opens (the guest's page), or one of the
 * logged-in customer's own orders (the account's page, through Medusa's customer route).
 */
export type BaridpayOrderRef = { token: string } | { orderId: string }

async function baridpayRoute(order: BaridpayOrderRef): Promise<{ path: string; headers: Record<string, string> }> {
  if ("token" in order) return { path: `/store/order-links/${encodeURIComponent(order.token)}/baridpay`, headers: {} }
  return { path: `/store/customers/me/baridpay-orders/${encodeURIComponent(order.orderId)}`, headers: await customerAuthHeaders() }
}

/** The order's BaridPay payment, or null when the order is paid another way. */
export async function baridpayOfOrder(order: BaridpayOrderRef): Promise<BaridpayPayment | null> {
  const { path, headers } = await baridpayRoute(order)
  try {
    const { baridpay } = await medusa.client.fetch<{ baridpay: BaridpayPayment }>(path, { headers, cache: "no-store" })
    return baridpay
  } catch (error) {
    // Only "not a BaridPay order" means none: any other failure must not leave the page saying "pay on delivery".
    if (medusaFailure(error).code === "baridpay_not_baridpay_order") return null
    throw error
  }
}

/** The customer's BaridiMob transaction reference for the order; Medusa validates it. */
export async function sendBaridpayReference(order: BaridpayOrderRef, transactionReference: string): Promise<BaridpayPayment> {
  const { path, headers } = await baridpayRoute(order)
  const { baridpay } = await medusa.client.fetch<{ baridpay: BaridpayPayment }>(`${path}/reference`, {
    method: "POST",
    body: { transaction_reference: transactionReference },
    headers,
    cache: "no-store",
  })
  return baridpay
}
