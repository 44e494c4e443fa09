/**
 * The office's changes to delivery (Medusa Admin, settings › Livraison): each a workflow whose step
 * undoes itself if a later one fails, and empties this process's delivery table cache.
 */
import { createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { WilayaAssignment } from "../../lib/delivery/rate-changes"
import { assignDeliveryWilayasStep } from "./steps/assign-wilayas"
import { createStopDeskStep, updateStopDeskStep, type NewStopDesk, type StopDeskChanges } from "./steps/stop-desks"
import { updateDeliveryZoneStep, type DeliveryZoneChanges } from "./steps/update-delivery-zone"

export const updateDeliveryZoneWorkflow = createWorkflow("update-delivery-zone", (input: WorkflowData<DeliveryZoneChanges>) => {
  return new WorkflowResponse(updateDeliveryZoneStep(input))
})

export const assignDeliveryWilayasWorkflow = createWorkflow("assign-delivery-wilayas", (input: WorkflowData<{ assignments: WilayaAssignment[] }>) => {
  return new WorkflowResponse(assignDeliveryWilayasStep(input.assignments))
})

export const createStopDeskWorkflow = createWorkflow("create-stop-desk", (input: WorkflowData<NewStopDesk>) => {
  return new WorkflowResponse(createStopDeskStep(input))
})

export const updateStopDeskWorkflow = createWorkflow("update-stop-desk", (input: WorkflowData<StopDeskChanges>) => {
  return new WorkflowResponse(updateStopDeskStep(input))
})
