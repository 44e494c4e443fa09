/**
 * A BaridPay order whose customer sent no reference in time (the scheduled job's deadline): cancelled
 * through Medusa's cancel workflow, so its stock is released, its payment cancelled and the customer told.
 */
import { cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginBaridpayAction } from "./begin-baridpay-action"

export type ExpireBaridpayOrderInput = { order_id: string; now: Date }

export const expireBaridpayOrderWorkflow = createWorkflow("expire-baridpay-order", (input: WorkflowData<ExpireBaridpayOrderInput>) => {
  const changes = transform({ input }, ({ input }) => ({ expired_at: input.now }))
  const { lockKey, record } = beginBaridpayAction(input, "expire", changes)
  cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
