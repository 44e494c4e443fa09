/**
 * The office found no such transfer on the CCP account: the order is cancelled through Medusa's
 * cancel workflow (stock released, payment cancelled, the customer's e-mail); who, when and why stay
 * on the record.
 */
import { cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginBaridpayAction } from "./begin-baridpay-action"

export type RejectBaridpayPaymentInput = { order_id: string; reason: string; staff_user_id: string }

export const rejectBaridpayPaymentWorkflow = createWorkflow("reject-baridpay-payment", (input: WorkflowData<RejectBaridpayPaymentInput>) => {
  const changes = transform({ input }, ({ input }) => ({ decided_at: new Date(), decided_by: input.staff_user_id, reason: input.reason }))
  const { lockKey, record } = beginBaridpayAction(input, "reject", changes)
  cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.staff_user_id } })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
