import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { issueOrderInvoiceWorkflow } from "../workflows/issue-order-invoice"

/**
 * A card payment is captured when the customer pays, before the order exists (the provider answers
 * "captured" at authorisation, and Medusa emits no payment.captured then): the order is invoiced
 * when it is placed. An order not paid yet (cash on delivery) is left to its capture.
 */
export default async function invoiceOnCardOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
