import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { buildOrderCancelledMailData } from "../lib/mail/order-mail-data"
import { sendOrderMail } from "../lib/mail/send-order-mail"

/** "Order cancelled" e-mail, in the customer's language. */
export default async function orderCanceledMail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMail(container, event.data.id, "order-cancelled", buildOrderCancelledMailData)
}

export const config: SubscriberConfig = { event: "order.canceled" }
