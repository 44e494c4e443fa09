import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendRefundMails } from "../lib/mail/send-refund-mails"

/**
 * The payment module's own event for each Refund row it records (a MedusaService emits
 * `<module>.<entity>.created`). Every refund goes through PaymentModuleService.refundPayment, whatever
 * workflow asked for it, whereas the workflow event `payment.refunded` is only emitted by
 * refundPaymentWorkflow (Admin's "Refund"): cancelling a paid order refunds through
 * refundCapturedPaymentsWorkflow → refundPaymentsWorkflow, which emits nothing.
 */
export const REFUND_CREATED_EVENT = "payment.refund.created"

/** "Refund" e-mail for each refund of an order's payment, partial or full, card or cash, in the customer's language. */
export default async function orderRefundedMail({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const refundIds = [event.data.id].flat()
  const { data: refunds } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "refund",
    fields: ["id", "payment_id"],
    filters: { id: refundIds },
  })
  // One payment's refunds are sent together; each e-mail carries its refund's idempotency key.
  for (const paymentId of new Set(refunds.map((refund) => refund.payment_id as string))) {
    await sendRefundMails(container, paymentId)
  }
}

export const config: SubscriberConfig = { event: REFUND_CREATED_EVENT }
