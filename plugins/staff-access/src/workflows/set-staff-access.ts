import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { setStaffMemberStep, type StaffAccessChange } from "./steps/set-staff-member"

/** An admin gives a user a role, or (de)activates them; the answer holds the state before and after. */
export const setStaffAccessWorkflow = createWorkflow("set-staff-access", (input: WorkflowData<StaffAccessChange>) => {
  return new WorkflowResponse(setStaffMemberStep(input))
})
