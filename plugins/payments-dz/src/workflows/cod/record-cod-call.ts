/**
 * A confirmation call, counted and logged (who, when, how it ended): a "yes" confirms the order, a
 * "no" cancels it through Medusa's cancel workflow (stock released, payment cancelled, the
 * customer's e-mail), anything else only adds to the count.
 */
import { cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { actionOfCall, type CallOutcome } from "../../lib/cod/life-cycle"
import { beginCodAction } from "./begin-cod-action"
import { logCodActionStep } from "./steps/log-cod-action"

export type RecordCodCallInput = { order_id: string; outcome: CallOutcome; note?: string; reason?: string; staff_user_id: string }

export const recordCodCallWorkflow = createWorkflow("record-cod-call", (input: WorkflowData<RecordCodCallInput>) => {
  const action = transform({ input }, ({ input }) => actionOfCall(input.outcome))
  const reason = transform({ input }, ({ input }) => (input.outcome === "cancelled" ? input.reason : undefined))
  const { lockKey, record } = beginCodAction(input, action, reason)
  when({ action }, ({ action }) => action === "cancel").then(() => {
    cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id, canceled_by: input.staff_user_id } })
  })
  const note = transform({ input }, ({ input }) => [input.reason, input.note].filter(Boolean).join(" — ") || null)
  logCodActionStep({ cod_order_id: record.id, action, call_outcome: input.outcome, note, staff_user_id: input.staff_user_id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
