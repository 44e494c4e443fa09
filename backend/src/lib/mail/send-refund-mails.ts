/**
 * Sends the customer the e-mail of each refund of a payment, once per refund (idempotency key):
 * every refund of the payment is offered (each mail says what was refunded so far) and the
 * notification module drops those already sent, so a repeated event sends nothing new.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { ORDER_MAIL_FIELDS } from "./order-fields"
import { orderLocale, type OrderForMail } from "./order-mail-data"
import { buildRefundMails, type PaymentForRefundMail } from "./refund-mail-data"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

export const ORDER_REFUNDED_TEMPLATE = "order-refunded"

type PaymentWithOrder = PaymentForRefundMail & { payment_collection?: { order?: { id: string } | null } | null }

export async function sendRefundMails(container: MedusaContainer, paymentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "captures.amount", "refunds.id", "refunds.amount", "refunds.created_at", "payment_collection.order.id"],
    filters: { id: paymentId },
  })
  const payment = payments[0] as unknown as PaymentWithOrder | undefined
  const orderId = payment?.payment_collection?.order?.id
  if (!payment || !orderId) return
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_MAIL_FIELDS, filters: { id: orderId } })
  const order = orders[0] as unknown as (OrderForMail & { id: string; email: string | null }) | undefined
  if (!order?.email) return
  const mails = buildRefundMails(payment, order, orderPageUrl(order.id, orderLocale(order)))
  if (!mails.length) return
  await notifyOnce(
    container.resolve(Modules.NOTIFICATION),
    mails.map((mail) => ({
      to: order.email!,
      channel: "email",
      template: ORDER_REFUNDED_TEMPLATE,
      data: mail.data,
      resource_type: "order",
      resource_id: order.id,
      idempotency_key: `${ORDER_REFUNDED_TEMPLATE}-${mail.refund_id}`,
    }))
  )
}
