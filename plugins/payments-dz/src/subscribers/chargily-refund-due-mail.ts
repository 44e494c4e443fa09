import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { CHARGILY_CHECKOUT_EVENTS } from "../lib/chargily/events"
import { renderChargilyRefundDue } from "../lib/chargily/refund-due-mail"
import { CHARGILY_MODULE } from "../modules/chargily"
import type { ChargilyCheckoutRecord } from "../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../modules/chargily/service"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

type CartForMail = { email?: string | null; metadata?: Record<string, unknown> | null; order?: { id: string } | null }

/**
 * Tells the customer, once, in the language of their payment page, that the shop will give back a
 * Chargily payment that could not become the order, and by when (the shop's configured words).
 */
export default async function chargilyRefundDueMail({ event, container }: SubscriberArgs<{ id: string }>) {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const [checkout] = (await chargily.listChargilyCheckouts({ id: event.data.id })) as ChargilyCheckoutRecord[]
  if (checkout?.status !== "refund_due" || !checkout.checkout_id) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["email", "metadata", "order.id"], filters: { id: checkout.cart_id } })
  const cart = data[0] as CartForMail | undefined
  if (!cart?.email) return
  const locale = shopLocale(checkout.locale ?? cart.metadata?.locale)
  // Already ordered with another payment: the order that stands is the one to link.
  const orderId = checkout.refund_reason === "already_ordered" ? cart.order?.id ?? null : null
  const template = "chargily-refund-due"
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: cart.email,
    channel: "email",
    template,
    content: renderChargilyRefundDue({
      locale,
      amount: checkout.amount,
      checkout_id: checkout.checkout_id,
      refund_reason: checkout.refund_reason,
      delay: chargily.refundDelay[locale],
      order_url: orderId ? orderPageUrl(orderId, locale) : null,
    }),
    resource_type: "chargily_checkout",
    resource_id: checkout.id,
    idempotency_key: `${template}-${checkout.id}`,
  })
}

export const config: SubscriberConfig = { event: CHARGILY_CHECKOUT_EVENTS.refund_due }
