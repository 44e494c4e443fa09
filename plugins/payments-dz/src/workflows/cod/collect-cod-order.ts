/**
 * The courier brought the cash back: the parcel is delivered and the payment captured through
 * Medusa's capture workflow (so `payment.captured` fires: the invoice follows it), and the customer
 * sees the order PAID. A payment already captured from Medusa's own button is not captured twice.
 */
import { capturePaymentWorkflow, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginCodAction } from "./begin-cod-action"
import { logCodActionStep } from "./steps/log-cod-action"

export type CollectCodOrderInput = { order_id: string; note?: string; staff_user_id: string }

export const collectCodOrderWorkflow = createWorkflow("collect-cod-order", (input: WorkflowData<CollectCodOrderInput>) => {
  const { lockKey, facts, record } = beginCodAction(input, "collect")
  when({ facts }, ({ facts }) => facts.parcel !== null).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: { orderId: input.order_id, fulfillmentId: transform({ facts }, ({ facts }) => facts.parcel!.id) },
    })
  })
  when({ facts }, ({ facts }) => facts.open_cash_payment_id !== null).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: { payment_id: transform({ facts }, ({ facts }) => facts.open_cash_payment_id!), captured_by: input.staff_user_id },
    })
  })
  logCodActionStep({ cod_order_id: record.id, action: "collect", note: input.note, staff_user_id: input.staff_user_id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
