import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { buildOrderMailData } from "../lib/mail/order-mail-data"
import { sendOrderMail } from "../lib/mail/send-order-mail"

/** "Order placed" e-mail, in the customer's language, with a signed link to the order. */
export default async function orderPlacedMail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderMail(container, event.data.id, "order-placed", buildOrderMailData)
}

export const config: SubscriberConfig = { event: "order.placed" }
