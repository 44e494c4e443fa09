import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { INVOICING_EVENTS } from "../lib/events"
import { findPaymentRefundsStep } from "./steps/find-payment-refunds"
import { issueCreditNotesStep } from "./steps/issue-credit-notes"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { readPaidOrderStep } from "./steps/read-paid-order"

/**
 * Credits each refund of a payment not credited yet. The order's invoice is issued first if it is
 * missing (a refund's event may overtake the capture's), so a credit note always has its invoice.
 */
export const issueCreditNotesWorkflow = createWorkflow("issue-credit-notes", (input: { payment_id: string }) => {
  const payment = findPaymentRefundsStep(input)
  const credited = when({ payment }, ({ payment }) => Boolean(payment.order_id) && payment.refunds.length > 0).then(() => {
    const read = readPaidOrderStep(transform({ payment }, ({ payment }) => ({ order_id: payment.order_id! })))
    const issued = issueInvoiceStep({ read })
    const created = issueCreditNotesStep(transform({ issued, payment }, ({ issued, payment }) => ({ invoice: issued.invoice, refunds: payment.refunds })))
    emitEventStep({ eventName: INVOICING_EVENTS.issued, data: transform({ created }, ({ created }) => created.map((id) => ({ id }))) })
    return created
  })
  return new WorkflowResponse(transform({ credited }, ({ credited }) => credited ?? []))
})
