import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CHARGILY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { medusa } from "./client"

export type ChargilyMethod = "edahabia" | "cib"

/** What the return page shows about a Chargily payment (Medusa asked Chargily itself). */
export type ChargilyPaymentResult = {
  status: "creating" | "create_failed" | "awaiting_payment" | "superseded" | "paid" | "failed" | "canceled" | "mismatch" | "refund_due"
  reference: string
  amount: number
  payment_method: ChargilyMethod
  paid_at: string | null
  shop_order_number: number | null
  refund_reason: "no_order" | "already_ordered" | "replaced" | null
}

/** Whether this shop offers Chargily Pay on the cart's region. */
export async function chargilyPaymentOffered(regionId: string): Promise<boolean> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.some((provider) => provider.id === CHARGILY_PROVIDER_ID)
}

/**
 * Puts the cart's payment on Chargily, then asks Medusa to open Chargily's page with the captcha's
 * answer (checked there, single use): its URL. The shopper's address goes along, so Medusa's
 * per-client ceiling counts shoppers, not this server.
 */
export async function startChargilyPayment(cartId: string, locale: string, method: ChargilyMethod, captcha: string, shopper?: string): Promise<string> {
  await medusa.store.payment.initiatePaymentSession({ id: cartId } as HttpTypes.StoreCart, { provider_id: CHARGILY_PROVIDER_ID })
  const { checkout } = await medusa.client.fetch<{ checkout: { checkout_url: string } }>(`/store/chargily/checkouts`, {
    method: "POST",
    body: { cart_id: cartId, locale, payment_method: method, captcha },
    headers: shopper ? { "x-forwarded-for": shopper } : {},
  })
  return checkout.checkout_url
}

/** The customer is back from Chargily: Medusa asks Chargily and places the order when paid. Safe to repeat. */
export async function settleChargilyPayment(reference: string): Promise<{ payment: ChargilyPaymentResult; orderToken: string | null }> {
  const { payment, order_token } = await medusa.client.fetch<{ payment: ChargilyPaymentResult; order_token: string | null }>(`/store/chargily/checkouts/settle`, {
    method: "POST",
    body: { reference },
  })
  return { payment, orderToken: order_token }
}

/** Our checkout reference as the return address carries it (anything else is not asked about). */
export const isChargilyReference = (value: unknown): value is string => typeof value === "string" && /^chkpay_[0-9A-Z]{26}$/.test(value)
