import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SATIM_MODULE } from "@mj-chauffage/payments-dz/modules/satim"
import { SATIM_PAYMENT_EVENTS } from "@mj-chauffage/payments-dz/lib/satim/events"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { paymentReceipt } from "@mj-chauffage/payments-dz/lib/satim/receipt"
import type { SatimAttempt } from "@mj-chauffage/payments-dz/workflows/satim/settle-satim-payment"
import { orderLinkUrl } from "../lib/mail/order-link"
import type { CardPaymentMailData } from "../lib/mail/templates/card-payment"

/** The card receipt, or the refund notice, e-mailed once in the language of the customer's page. */
export default async function cardPaymentMail({ event, container }: SubscriberArgs<{ id: string }>) {
  const satim = container.resolve(SATIM_MODULE) as { retrieveSatimPayment: (id: string) => Promise<SatimAttempt> }
  const attempt = await satim.retrieveSatimPayment(event.data.id)
  if (attempt.status !== "paid" && attempt.status !== "refunded") return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["email", "metadata", "order.id"], filters: { id: attempt.cart_id } })
  const cart = data[0] as { email?: string | null; metadata?: Record<string, unknown> | null; order?: { id: string } | null } | undefined
  if (!cart?.email) return
  const locale = shopLocale(cart.metadata?.locale)
  // A second payment of an order already placed links to the order that stands.
  const orderId = attempt.order_id ?? (attempt.refund_reason === "already_ordered" ? cart.order?.id ?? null : null)
  const template = attempt.status === "paid" ? "card-payment-receipt" : "card-payment-refunded"
  const receipt = paymentReceipt(attempt)
  const mail: CardPaymentMailData = {
    ...receipt,
    locale,
    satim_order_id: receipt.satim_order_id ?? "",
    paid_at: receipt.paid_at ?? new Date().toISOString(),
    order_url: orderId ? orderLinkUrl(orderId, locale) : null,
    refund_reason: attempt.refund_reason,
  }
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: cart.email,
    channel: "email",
    template,
    data: mail,
    resource_type: "satim_payment",
    resource_id: attempt.id,
    idempotency_key: `${template}-${attempt.id}`,
  })
}

export const config: SubscriberConfig = { event: SATIM_PAYMENT_EVENTS.settled }
