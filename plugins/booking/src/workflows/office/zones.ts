/**
 * The office manages the zones technicians serve. Before a zone's wilayas or communes are written,
 * the `validate` hook lets the shop check them against its territory data (it lives in the backend:
 * backend/src/workflows/hooks/booking-zone.ts). A deactivated zone is no longer offered nor bookable;
 * its visits keep it.
 */
import { createHook, createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createBookingZoneStep } from "./steps/create-booking-zone"
import { updateBookingZoneStep } from "./steps/update-booking-zone"
import { zoneTerritoryAfterStep } from "./steps/zone-territory-after"
import type { CreateZoneInput, ZoneChanges, ZoneTerritory } from "./types"

export const createBookingZoneWorkflow = createWorkflow("create-booking-zone", (input: WorkflowData<CreateZoneInput>) => {
  const validate = createHook("validate", { territory: input as WorkflowData<ZoneTerritory> })
  const zone = createBookingZoneStep(input)
  return new WorkflowResponse(zone, { hooks: [validate] })
})

export const updateBookingZoneWorkflow = createWorkflow("update-booking-zone", (input: WorkflowData<ZoneChanges>) => {
  const territory = zoneTerritoryAfterStep(input)
  const validate = createHook("validate", { territory })
  const zone = updateBookingZoneStep(input)
  return new WorkflowResponse(zone, { hooks: [validate] })
})

export const setBookingZoneActiveWorkflow = createWorkflow("set-booking-zone-active", (input: WorkflowData<{ id: string; is_active: boolean }>) => {
  return new WorkflowResponse(updateBookingZoneStep(input))
})
