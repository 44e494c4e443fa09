import { createHook, createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { setStaffMemberStep, type StaffAccessChange } from "./steps/set-staff-member"

/**
 * An admin gives a user a role, or (de)activates them; the answer holds the state before and after.
 * The hook `staffAccessChanged` lets the application act on it (the backend ends a deactivated
 * account's sessions, which this plugin does not hold).
 */
export const setStaffAccessWorkflow = createWorkflow("set-staff-access", (input: WorkflowData<StaffAccessChange>) => {
  const change = setStaffMemberStep(input)
  const staffAccessChanged = createHook("staffAccessChanged", change)
  return new WorkflowResponse(change, { hooks: [staffAccessChanged] })
})
