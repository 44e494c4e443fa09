import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { orderOfPayment } from "../lib/payment-order"
import { issueOrderInvoiceWorkflow } from "../workflows/issue-order-invoice"

/** A captured payment (cash collected, a capture from the admin): its order's invoice, once. */
export default async function invoiceOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderOfPayment(container, event.data.id)
  if (orderId) await issueOrderInvoiceWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }
