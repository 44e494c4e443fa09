import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { sendRefundMails } from "../lib/mail/send-refund-mails"

/** "Refund" e-mail for each refund of an order's payment, partial or full, card or cash, in the customer's language. */
export default async function orderRefundedMail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendRefundMails(container, event.data.id)
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }
