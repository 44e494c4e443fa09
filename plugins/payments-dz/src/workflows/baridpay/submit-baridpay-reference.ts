/** The customer sends the BaridiMob transaction reference of their payment; the office checks it next. Sent again, it replaces the first (a typo). */
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginBaridpayAction } from "./begin-baridpay-action"

export type SubmitBaridpayReferenceInput = { order_id: string; transaction_reference: string }

export const submitBaridpayReferenceWorkflow = createWorkflow("submit-baridpay-reference", (input: WorkflowData<SubmitBaridpayReferenceInput>) => {
  const changes = transform({ input }, ({ input }) => ({ transaction_reference: input.transaction_reference, submitted_at: new Date() }))
  const { lockKey, record } = beginBaridpayAction(input, "submit", changes)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
