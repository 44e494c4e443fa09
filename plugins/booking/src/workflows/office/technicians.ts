/**
 * The office manages technicians: create, edit (hours, zones, skills, linked admin user), and
 * deactivate or reactivate. A deactivated technician keeps their visits and history; the slot
 * engine no longer offers them (slots.ts skips `active: false`).
 */
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_WEEKLY_HOURS, sortWeeklyHours } from "../../lib/office/weekly-hours"
import { checkTechnicianReferencesStep } from "./steps/check-technician-references"
import { createTechnicianStep } from "./steps/create-technician"
import { setTechnicianUserStep } from "./steps/set-technician-user"
import { updateTechnicianStep } from "./steps/update-technician"
import type { CreateTechnicianInput, TechnicianFields, UpdateTechnicianInput } from "./types"

export const createTechnicianWorkflow = createWorkflow("create-technician", (input: WorkflowData<CreateTechnicianInput>) => {
  checkTechnicianReferencesStep(input)
  const fields = transform({ input }, ({ input }): TechnicianFields => ({
    name: input.name,
    phone: input.phone,
    skills: input.skills,
    zone_ids: input.zone_ids,
    weekly_hours: sortWeeklyHours(input.weekly_hours ?? DEFAULT_WEEKLY_HOURS),
    is_active: true,
  }))
  const technician = createTechnicianStep(fields)
  const link = transform({ input, technician }, ({ input, technician }) => ({ technician_id: technician.id, user_id: input.user_id ?? undefined }))
  setTechnicianUserStep(link)
  return new WorkflowResponse(technician)
})

export const updateTechnicianWorkflow = createWorkflow("update-technician", (input: WorkflowData<UpdateTechnicianInput>) => {
  const references = transform({ input }, ({ input }) => ({ technician_id: input.id, zone_ids: input.zone_ids, user_id: input.user_id }))
  checkTechnicianReferencesStep(references)
  const changes = transform({ input }, ({ input }) => {
    const { user_id: _userId, weekly_hours, ...fields } = input
    return { ...fields, ...(weekly_hours && { weekly_hours: sortWeeklyHours(weekly_hours) }) }
  })
  const technician = updateTechnicianStep(changes)
  const link = transform({ input }, ({ input }) => ({ technician_id: input.id, user_id: input.user_id }))
  setTechnicianUserStep(link)
  return new WorkflowResponse(technician)
})

/** Deactivate (no new visits; the route lists the visits left to reassign) or reactivate. */
export const setTechnicianActiveWorkflow = createWorkflow("set-technician-active", (input: WorkflowData<{ id: string; is_active: boolean }>) => {
  return new WorkflowResponse(updateTechnicianStep(input))
})
