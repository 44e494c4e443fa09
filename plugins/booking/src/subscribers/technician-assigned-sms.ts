/**
 * Tells a technician by SMS that a visit was given to them (booked, or reassigned by the office),
 * and the technician it was taken from, if any, that it no longer is theirs. One SMS per
 * assignment: the idempotency key carries the technician and the visit's SEQUENCE.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TECHNICIAN_EVENTS, type VisitAssignedEvent } from "../lib/events/appointment-events"
import { TECHNICIAN_SMS_LOCALE } from "../lib/booking-settings"
import { sendVisitSms } from "../lib/sms/send-sms"
import { technicianAssignedSms, technicianUnassignedSms } from "../lib/sms/visit-sms"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

export const TECHNICIAN_ASSIGNED_TEMPLATE = "technician-visit-assigned"
export const TECHNICIAN_UNASSIGNED_TEMPLATE = "technician-visit-unassigned"

export default async function technicianAssignedSmsSubscriber({ event, container }: SubscriberArgs<VisitAssignedEvent>) {
  const { id, technician_id, previous_technician_id } = event.data
  const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const appointment = await booking.retrieveAppointment(id)
  const [fault] = await booking.listFaultTypes({ id: appointment.fault_type_id })
  const faultLabel = fault ? (TECHNICIAN_SMS_LOCALE === "fr" ? fault.label_fr : fault.label_ar) : ""
  const reassigned = Boolean(previous_technician_id && previous_technician_id !== technician_id)
  const technicianIds = reassigned ? [technician_id, previous_technician_id!] : [technician_id]
  const technicians = new Map((await booking.listTechnicians({ id: technicianIds }, { select: ["id", "phone"] })).map((technician) => [technician.id, technician]))

  const assignee = technicians.get(technician_id)
  if (assignee?.phone) {
    await sendVisitSms(container, {
      to: assignee.phone,
      text: technicianAssignedSms(reassigned ? "reassigned" : "assigned", appointment, faultLabel, TECHNICIAN_SMS_LOCALE),
      template: TECHNICIAN_ASSIGNED_TEMPLATE,
      appointment_id: appointment.id,
      idempotency_key: `${TECHNICIAN_ASSIGNED_TEMPLATE}-${appointment.id}-${technician_id}-${appointment.sequence}`,
    })
  }
  const previous = reassigned ? technicians.get(previous_technician_id!) : undefined
  if (previous?.phone) {
    await sendVisitSms(container, {
      to: previous.phone,
      text: technicianUnassignedSms(appointment, TECHNICIAN_SMS_LOCALE),
      template: TECHNICIAN_UNASSIGNED_TEMPLATE,
      appointment_id: appointment.id,
      idempotency_key: `${TECHNICIAN_UNASSIGNED_TEMPLATE}-${appointment.id}-${previous.id}-${appointment.sequence}`,
    })
  }
}

export const config: SubscriberConfig = { event: TECHNICIAN_EVENTS.assigned }
