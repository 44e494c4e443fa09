import { createHook, createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setStaffMemberStep, type StaffAccessChange } from "./steps/set-staff-member"

/**
 * An admin gives a user a role, or (de)activates them; the answer holds the state before and after.
 * The hook `staffAccessChanged` lets the application act on it (the backend ends a deactivated
 * account's sessions, which this plugin does not hold). One change at a time for the whole staff: two
 * admins demoting each other at once must not leave the shop without an admin.
 */
const STAFF_ROLES_LOCK = "staff-access:roles"

export const setStaffAccessWorkflow = createWorkflow("set-staff-access", (input: WorkflowData<StaffAccessChange>) => {
  acquireLockStep({ key: STAFF_ROLES_LOCK, timeout: 10, ttl: 30 })
  const change = setStaffMemberStep(input)
  releaseLockStep({ key: STAFF_ROLES_LOCK })
  const staffAccessChanged = createHook("staffAccessChanged", change)
  return new WorkflowResponse(change, { hooks: [staffAccessChanged] })
})
