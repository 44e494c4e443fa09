/** A technician's absences (leave, training): no slot is offered inside them. */
import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createTimeOffStep } from "./steps/create-time-off"
import { deleteTimeOffStep } from "./steps/delete-time-off"
import type { CreateTimeOffInput } from "./types"

export const createTimeOffWorkflow = createWorkflow("create-time-off", (input: WorkflowData<CreateTimeOffInput>) => {
  return new WorkflowResponse(createTimeOffStep(input))
})

export const deleteTimeOffWorkflow = createWorkflow("delete-time-off", (input: WorkflowData<{ technician_id: string; id: string }>) => {
  return new WorkflowResponse(deleteTimeOffStep(input))
})
