import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { renderCardPaymentReceipt, renderCardPaymentRefunded } from "../lib/satim/card-payment-mail"
import { SATIM_PAYMENT_EVENTS } from "../lib/satim/events"
import { paymentReceipt } from "../lib/satim/receipt"
import type { SatimAttempt } from "../modules/satim/models/satim-payment"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

type AttemptWithCart = SatimAttempt & {
  cart?: { email?: string | null; metadata?: Record<string, unknown> | null; order?: { id: string; display_id?: number | null } | null } | null
}

/** The card receipt, or the refund notice, e-mailed once in the language of the customer's page. */
export default async function cardPaymentMail({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "satim_payment",
    fields: ["*", "cart.email", "cart.metadata", "cart.order.id", "cart.order.display_id"],
    filters: { id: event.data.id },
  })
  const attempt = data[0] as AttemptWithCart | undefined
  if (!attempt || (attempt.status !== "paid" && attempt.status !== "refunded") || !attempt.cart?.email) return
  const locale = shopLocale(attempt.cart.metadata?.locale)
  // A second payment of an order already placed links to the order that stands.
  const orderId = attempt.order_id ?? (attempt.refund_reason === "already_ordered" ? attempt.cart.order?.id ?? null : null)
  // The order the payment became is the cart's order: its number is the one the customer knows.
  const displayId = attempt.order_id && attempt.cart.order?.id === attempt.order_id ? attempt.cart.order.display_id ?? null : null
  const receipt = paymentReceipt(attempt, displayId)
  const mail = {
    ...receipt,
    locale,
    satim_order_id: receipt.satim_order_id ?? "",
    paid_at: receipt.paid_at ?? new Date().toISOString(),
    order_url: orderId ? orderPageUrl(orderId, locale) : null,
    refund_reason: attempt.refund_reason,
  }
  const template = attempt.status === "paid" ? "card-payment-receipt" : "card-payment-refunded"
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: attempt.cart.email,
    channel: "email",
    template,
    content: attempt.status === "paid" ? renderCardPaymentReceipt(mail) : renderCardPaymentRefunded(mail),
    resource_type: "satim_payment",
    resource_id: attempt.id,
    idempotency_key: `${template}-${attempt.id}`,
  })
}

export const config: SubscriberConfig = { event: SATIM_PAYMENT_EVENTS.settled }
