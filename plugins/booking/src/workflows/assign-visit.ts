/**
 * The office gives a visit to a technician (another one, or at another time): the new plan is
 * checked like a booking with the office's rules, and the EXCLUDE constraint stays the arbiter (a
 * visit booked meanwhile on that technician → 409). The technician is told (assigned event); the
 * customer only when the time moved (rescheduled e-mail).
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_EVENTS, TECHNICIAN_EVENTS } from "../lib/events/appointment-events"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { restorePrevious, snapshot, writeChange } from "./appointment-change"
import { planVisit } from "./create-appointment"

export type AssignVisitInput = { appointment_id: string; technician_id: string; starts_at?: string; by: string }

/** Visits that can still change hands: not begun (a technician on the way can be replaced). */
const ASSIGNABLE = new Set(["requested", "confirmed", "en_route"])

export const assignVisitStep = createStep(
  "assign-visit",
  async (input: AssignVisitInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.retrieveAppointment(input.appointment_id)
    if (!ASSIGNABLE.has(appointment.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Une visite commencée, terminée ou annulée ne peut pas être réattribuée.", refusal("visit_not_assignable"))
    }
    const startsAt = input.starts_at ?? new Date(appointment.starts_at).toISOString()
    const plan = await planVisit(booking, {
      zone_id: appointment.zone_id,
      fault_type_id: appointment.fault_type_id,
      starts_at: startsAt,
      ignore_appointment_id: appointment.id,
      technician_id: input.technician_id,
      by_office: true,
    })
    const previousTechnician = appointment.technician_id
    const moved = plan.starts_at.getTime() !== new Date(appointment.starts_at).getTime()
    // A visit moved to another day is reminded again the day before it.
    const updated = await writeChange(booking, appointment, { ...plan, status: "confirmed", ...(moved ? { reminded_at: null } : {}) }, {
      action: "assigned",
      by: input.by,
      from: `${previousTechnician} ${new Date(appointment.starts_at).toISOString()}`,
      to: `${plan.technician_id} ${plan.starts_at.toISOString()}`,
    })
    return new StepResponse({ appointment: updated, previous_technician_id: previousTechnician, moved }, snapshot(appointment))
  },
  restorePrevious
)

export const assignVisitWorkflow = createWorkflow("assign-visit", (input: WorkflowData<AssignVisitInput>) => {
  const assigned = assignVisitStep(input)
  const assignedEvent = transform({ assigned }, ({ assigned }) => ({
    id: assigned.appointment.id,
    technician_id: assigned.appointment.technician_id,
    previous_technician_id: assigned.previous_technician_id,
  }))
  emitEventStep({ eventName: TECHNICIAN_EVENTS.assigned, data: assignedEvent }).config({ name: "emit-assigned" })
  when("time-moved", { assigned }, ({ assigned }) => assigned.moved).then(() => {
    emitEventStep({ eventName: APPOINTMENT_EVENTS.rescheduled, data: { id: input.appointment_id } }).config({ name: "emit-rescheduled" })
  })
  const appointment = transform({ assigned }, ({ assigned }) => assigned.appointment)
  return new WorkflowResponse(appointment)
})
