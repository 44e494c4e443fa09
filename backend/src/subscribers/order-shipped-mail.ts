import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buildOrderShippedMailData, orderLocale, type OrderForMail } from "../lib/mail/order-mail-data"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

type ShippedFulfillment = {
  id: string
  metadata: Record<string, unknown> | null
  labels: Array<{ tracking_number: string; tracking_url: string | null }>
  order: (OrderForMail & { id: string; email: string | null }) | null
}

/** "Order shipped" e-mail: carrier and tracking number, in the customer's language. */
export default async function orderShippedMail({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "metadata", "labels.tracking_number", "labels.tracking_url", "order.id", "order.display_id", "order.email", "order.locale", "order.metadata", "order.shipping_address.*"],
    filters: { id: event.data.id },
  })
  const fulfillment = data[0] as unknown as ShippedFulfillment | undefined
  const order = fulfillment?.order
  const label = fulfillment?.labels?.[0]
  if (!order?.email || !label) return
  const mail = buildOrderShippedMailData(
    order,
    { carrier: String(fulfillment.metadata?.carrier ?? ""), tracking_number: label.tracking_number, tracking_url: label.tracking_url || null },
    orderPageUrl(order.id, orderLocale(order))
  )
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: order.email,
    channel: "email",
    template: "order-shipped",
    data: mail,
    resource_type: "order",
    resource_id: order.id,
    idempotency_key: `order-shipped-${fulfillment.id}`,
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
