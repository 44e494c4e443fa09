import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { INVOICING_EVENTS } from "../lib/events"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { readPaidOrderStep } from "./steps/read-paid-order"

/**
 * Issues a paid order's invoice (once: a later run answers the invoice that stands; an order not
 * paid yet gets none). Run on a captured payment and on a placed order already paid by card.
 */
export const issueOrderInvoiceWorkflow = createWorkflow("issue-order-invoice", (input: { order_id: string }) => {
  const read = readPaidOrderStep(input)
  const issued = issueInvoiceStep({ read })
  when({ issued }, ({ issued }) => issued.created).then(() => {
    emitEventStep({ eventName: INVOICING_EVENTS.issued, data: transform({ issued }, ({ issued }) => ({ id: issued.invoice!.id, order_id: issued.invoice!.order_id })) })
  })
  return new WorkflowResponse(issued)
})
