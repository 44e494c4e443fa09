export { setStaffAccessWorkflow } from "./set-staff-access"
export type { StaffAccessChange, StaffAccessState } from "./steps/set-staff-member"
