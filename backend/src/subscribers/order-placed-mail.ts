import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buildOrderMailData, orderLocale, type OrderForMail } from "../lib/mail/order-mail-data"
import { orderLinkUrl } from "../lib/mail/order-link"
import { ORDER_MAIL_FIELDS } from "../lib/mail/order-fields"

/** "Order placed" e-mail, in the customer's language, with a signed link to the order. */
export default async function orderPlacedMail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_MAIL_FIELDS, filters: { id: event.data.id } })
  const order = data[0] as unknown as OrderForMail & { id: string; email: string | null }
  if (!order?.email) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    data: buildOrderMailData(order, orderLinkUrl(order.id, orderLocale(order))),
    resource_type: "order",
    resource_id: order.id,
    idempotency_key: `order-placed-${order.id}`,
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
