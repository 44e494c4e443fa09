/**
 * Cancel, move or restore (un-cancel) a visit. Each is one step that writes the change (status or times, SEQUENCE + 1,
 * a history entry) and restores the previous row if a later step fails. Moving re-plans the slot:
 * a visit booked meanwhile gives 409, and so does the EXCLUDE constraint in a race (23P01). Restoring
 * a cancelled visit whose time was given to someone else meanwhile is refused by the same constraint.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createStep, createWorkflow, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_EVENTS } from "../lib/events/appointment-events"
import { MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { planVisit } from "./create-appointment"
import { applyChange, restorePrevious, type StoredAppointment } from "./appointment-change"
import { canMove } from "../lib/visit-status/visit-status"
import { VISIT_CHANGE_NOTICE_HOURS, visitChangeRefusal, type VisitChangeRefusal } from "@mj-chauffage/shop-kernel/visit-change"

/** The customer's refusal in words (the storefront translates the code). */
const CHANGE_REFUSED: Record<VisitChangeRefusal, string> = {
  visit_cancelled: "Ce rendez-vous est déjà annulé.",
  visit_not_changeable: "Ce rendez-vous ne peut plus être modifié.",
  visit_change_too_late: `Moins de ${VISIT_CHANGE_NOTICE_HOURS} heures avant la visite : le rendez-vous ne peut plus être modifié en ligne. Appelez-nous.`,
}

function assertChangeable(appointment: StoredAppointment, now: number) {
  const refusal = visitChangeRefusal(appointment, now)
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, CHANGE_REFUSED[refusal], refusal)
}

/** The office cancels at any time before the visit is over; only the customer is held to the notice. */
function assertOfficeMayCancel(appointment: StoredAppointment) {
  if (appointment.status === "cancelled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, CHANGE_REFUSED.visit_cancelled, refusal("visit_cancelled"))
  if (!canMove(appointment.status, "cancelled", "office")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette visite est terminée : elle ne peut plus être annulée.", refusal("visit_not_changeable"))
  }
}

export type CancelAppointmentInput = { appointment_id: string; reason: string; by: string; by_office?: boolean }

export const cancelAppointmentStep = createStep(
  "cancel-appointment",
  async (input: CancelAppointmentInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.retrieveAppointment(input.appointment_id)
    if (input.by_office) assertOfficeMayCancel(appointment)
    else assertChangeable(appointment, Date.now())
    return applyChange(
      booking,
      appointment,
      { status: "cancelled", cancellation_reason: input.reason },
      { action: "cancelled", by: input.by, reason: input.reason }
    )
  },
  restorePrevious
)

export const cancelAppointmentWorkflow = createWorkflow("cancel-appointment", (input: WorkflowData<CancelAppointmentInput>) => {
  const appointment = cancelAppointmentStep(input)
  emitEventStep({ eventName: APPOINTMENT_EVENTS.cancelled, data: { id: input.appointment_id } })
  return new WorkflowResponse(appointment)
})

export type RescheduleAppointmentInput = { appointment_id: string; starts_at: string; by: string }

export const rescheduleAppointmentStep = createStep(
  "reschedule-appointment",
  async (input: RescheduleAppointmentInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.retrieveAppointment(input.appointment_id)
    assertChangeable(appointment, Date.now())
    const plan = await planVisit(booking, {
      zone_id: appointment.zone_id,
      fault_type_id: appointment.fault_type_id,
      starts_at: input.starts_at,
      ignore_appointment_id: appointment.id,
    })
    // A moved visit is reminded again the day before its new date.
    return applyChange(booking, appointment, { ...plan, reminded_at: null }, {
      action: "rescheduled",
      by: input.by,
      from: new Date(appointment.starts_at).toISOString(),
      to: plan.starts_at.toISOString(),
    })
  },
  restorePrevious
)

export const rescheduleAppointmentWorkflow = createWorkflow("reschedule-appointment", (input: WorkflowData<RescheduleAppointmentInput>) => {
  const appointment = rescheduleAppointmentStep(input)
  emitEventStep({ eventName: APPOINTMENT_EVENTS.rescheduled, data: { id: input.appointment_id } })
  return new WorkflowResponse(appointment)
})

export type RestoreAppointmentInput = { appointment_id: string; by: string }

/** The office takes back a cancellation (the customer called again): the visit is live again. */
export const restoreAppointmentStep = createStep(
  "restore-appointment",
  async (input: RestoreAppointmentInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.retrieveAppointment(input.appointment_id)
    if (appointment.status !== "cancelled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Ce rendez-vous n'est pas annulé.", refusal("visit_not_cancelled"))
    if (new Date(appointment.starts_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Ce rendez-vous est passé : prenez un nouveau rendez-vous.", refusal("visit_in_past"))
    }
    // The EXCLUDE constraint applies again from here: 23P01 if the time was given to another visit.
    return applyChange(booking, appointment, { status: "confirmed", cancellation_reason: null }, { action: "restored", by: input.by })
  },
  restorePrevious
)

export const restoreAppointmentWorkflow = createWorkflow("restore-appointment", (input: WorkflowData<RestoreAppointmentInput>) => {
  const appointment = restoreAppointmentStep(input)
  emitEventStep({ eventName: APPOINTMENT_EVENTS.restored, data: { id: input.appointment_id } })
  return new WorkflowResponse(appointment)
})
