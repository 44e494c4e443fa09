/**
 * The visit's day: the technician (on their own visit only) or the office moves it along the status
 * machine (lib/visit-status). "Done" comes with a report (complete-visit.ts) and "cancelled" with a
 * reason (change-appointment.ts), so neither is reached here.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createStep, createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TECHNICIAN_EVENTS } from "../lib/events/appointment-events"
import { canMove, type VisitActor, type VisitStatus } from "../lib/visit-status/visit-status"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { applyChange, restorePrevious, type StoredAppointment } from "./appointment-change"

export type ChangeVisitStatusInput = {
  appointment_id: string
  to: Exclude<VisitStatus, "done" | "cancelled">
  by: string
  actor: VisitActor
  /** For a technician: their technician id; another technician's visit is "not found". */
  technician_id?: string
}

/** A technician sees only their own visits: anyone else's does not exist for them. */
export async function ownVisit(booking: BookingModuleService, appointmentId: string, technicianId: string | undefined): Promise<StoredAppointment> {
  const [appointment] = await booking.listAppointments({ id: appointmentId })
  if (!appointment || (technicianId !== undefined && appointment.technician_id !== technicianId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette visite n'existe pas.", refusal("appointment_not_found"))
  }
  return appointment
}

export const changeVisitStatusStep = createStep(
  "change-visit-status",
  async (input: ChangeVisitStatusInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await ownVisit(booking, input.appointment_id, input.actor === "technician" ? input.technician_id : undefined)
    if (!canMove(appointment.status, input.to, input.actor)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Une visite « ${appointment.status} » ne peut pas passer à « ${input.to} ».`, refusal("visit_status_not_allowed"))
    }
    return applyChange(booking, appointment, { status: input.to }, { action: "status", by: input.by, from: appointment.status, to: input.to })
  },
  restorePrevious
)

export const changeVisitStatusWorkflow = createWorkflow("change-visit-status", (input: WorkflowData<ChangeVisitStatusInput>) => {
  const appointment = changeVisitStatusStep(input)
  const change = transform({ input, appointment }, ({ input, appointment }) => ({ id: appointment.id, to: input.to }))
  emitEventStep({ eventName: TECHNICIAN_EVENTS.statusChanged, data: change })
  return new WorkflowResponse(appointment)
})
