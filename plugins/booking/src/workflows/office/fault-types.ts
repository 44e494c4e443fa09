/**
 * The office manages the faults customers can report: labels, the visit's length and fee, the skill
 * it needs, its urgency. A deactivated fault type is no longer offered nor bookable; its visits keep it.
 */
import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createFaultTypeStep } from "./steps/create-fault-type"
import { updateFaultTypeStep } from "./steps/update-fault-type"
import type { CreateFaultTypeInput, FaultTypeChanges } from "./types"

export const createFaultTypeWorkflow = createWorkflow("create-fault-type", (input: WorkflowData<CreateFaultTypeInput>) => {
  return new WorkflowResponse(createFaultTypeStep(input))
})

export const updateFaultTypeWorkflow = createWorkflow("update-fault-type", (input: WorkflowData<FaultTypeChanges>) => {
  return new WorkflowResponse(updateFaultTypeStep(input))
})
