/**
 * The office saw the money on the CCP account: the payment is captured through Medusa's capture
 * workflow (so `payment.captured` fires: the invoice follows it) and the customer sees the order
 * PAID. Who confirmed, and when, stays on the record.
 */
import { capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginBaridpayAction } from "./begin-baridpay-action"

export type ConfirmBaridpayPaymentInput = { order_id: string; staff_user_id: string }

export const confirmBaridpayPaymentWorkflow = createWorkflow("confirm-baridpay-payment", (input: WorkflowData<ConfirmBaridpayPaymentInput>) => {
  const changes = transform({ input }, ({ input }) => ({ decided_at: new Date(), decided_by: input.staff_user_id }))
  const { lockKey, facts, record } = beginBaridpayAction(input, "confirm", changes)
  when({ facts }, ({ facts }) => facts.open_cash_payment_id !== null).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: { payment_id: transform({ facts }, ({ facts }) => facts.open_cash_payment_id!), captured_by: input.staff_user_id },
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
