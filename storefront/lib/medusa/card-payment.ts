import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import type { PaymentReceipt } from "@mj-chauffage/payments-dz/lib/satim/receipt"
import { medusa } from "./client"

/** What the return page shows: the receipt SATIM's certification asks for, or why it failed. */
export type CardPaymentReceipt = PaymentReceipt

/** Whether this shop offers card payment on the cart's region. */
export async function cardPaymentOffered(regionId: string): Promise<boolean> {
  const { payment_providers } = await medusa.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.some((provider) => provider.id === SATIM_PROVIDER_ID)
}

/** A captcha challenge for this cart's pay step, SATIM's or Chargily's (signed by Medusa, bound to the cart), counted for the shopper. */
export async function captchaChallengeFor(cartId: string, shopper?: string): Promise<unknown> {
  return medusa.client.fetch(`/store/card/captcha`, { query: { cart_id: cartId }, headers: shopper ? { "x-forwarded-for": shopper } : {} })
}

/**
 * Puts the cart's payment on the card, then asks Medusa to open SATIM's card page: its URL. The
 * shopper's address goes along, so Medusa's per-client ceiling counts shoppers, not this server.
 */
export async function startCardPayment(cartId: string, locale: string, captcha: string, shopper?: string): Promise<string> {
  await medusa.store.payment.initiatePaymentSession({ id: cartId } as HttpTypes.StoreCart, { provider_id: SATIM_PROVIDER_ID })
  const { payment } = await medusa.client.fetch<{ payment: { form_url: string } }>(`/store/satim/payments`, {
    method: "POST",
    body: { cart_id: cartId, locale, captcha },
    headers: shopper ? { "x-forwarded-for": shopper } : {},
  })
  return payment.form_url
}

/**
 * The customer is back from SATIM: Medusa asks SATIM itself (the query string decides nothing) and
 * places the order when paid. Safe to repeat (a reload shows the same receipt). A paid order comes
 * with its signed order link token (the cart id never travels through this page).
 */
export async function settleCardPayment(satimOrderId: string): Promise<{ receipt: CardPaymentReceipt; orderToken: string | null }> {
  const { payment, order_token } = await medusa.client.fetch<{ payment: CardPaymentReceipt; order_token: string | null }>(`/store/satim/payments/settle`, {
    method: "POST",
    body: { order_id: satimOrderId },
  })
  return { receipt: payment, orderToken: order_token }
}

/** The receipt of a payment already settled as paid (the PDF): Medusa only reads it, never settles. */
export async function paidCardReceipt(satimOrderId: string): Promise<CardPaymentReceipt> {
  const { payment } = await medusa.client.fetch<{ payment: CardPaymentReceipt }>(`/store/satim/payments/receipt`, { query: { order_id: satimOrderId } })
  return payment
}
