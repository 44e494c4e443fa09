import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { BARIDPAY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { medusa } from "./client"

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

const linkPath = (token: string) => `/store/order-links/${encodeURIComponent(token)}/baridpay`

/** The BaridPay payment of the order a signed link opens, or null when the order is paid another way. */
export async function baridpayOfOrderLink(token: string): Promise<BaridpayPayment | null> {
  try {
    const { baridpay } = await medusa.client.fetch<{ baridpay: BaridpayPayment }>(linkPath(token), { cache: "no-store" })
    return baridpay
  } catch {
    // Not a BaridPay order (or the link already failed on the order itself, which the page shows).
    return null
  }
}

/** The customer's BaridiMob transaction reference for the order of a signed link; Medusa validates it. */
export async function sendBaridpayReference(token: string, transactionReference: string): Promise<BaridpayPayment> {
  const { baridpay } = await medusa.client.fetch<{ baridpay: BaridpayPayment }>(`${linkPath(token)}/reference`, {
    method: "POST",
    body: { transaction_reference: transactionReference },
  })
  return baridpay
}
