/**
 * Days the whole company is closed: public holidays (the fixed ones are seeded; the Hijri-dated ones
 * are entered each year by the office) and any other closing day. No slot is offered on them.
 */
import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createClosureStep } from "./steps/create-closure"
import { deleteClosureStep } from "./steps/delete-closure"
import type { CreateClosureInput } from "./types"

export const createClosureWorkflow = createWorkflow("create-booking-closure", (input: WorkflowData<CreateClosureInput>) => {
  return new WorkflowResponse(createClosureStep(input))
})

export const deleteClosureWorkflow = createWorkflow("delete-booking-closure", (input: WorkflowData<{ id: string }>) => {
  return new WorkflowResponse(deleteClosureStep(input.id))
})
