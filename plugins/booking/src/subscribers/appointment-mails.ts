/**
 * Tells the customer, by e-mail in their language, that their visit is booked, moved or cancelled,
 * with the visit as an iCalendar invitation (METHOD REQUEST, or CANCEL) and the link to manage it.
 * One e-mail per change: the idempotency key carries the visit's SEQUENCE.
 */
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { APPOINTMENT_EVENTS, type AppointmentEventName } from "../lib/events/appointment-events"
import { appointmentIcs, faultLabel } from "../lib/ics/appointment-ics"
import { appointmentMail, type AppointmentMailKind } from "../lib/mail/appointment-mail"
import { manageAppointmentUrl } from "../lib/mail/manage-link"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

const KIND_OF: Record<AppointmentEventName, AppointmentMailKind> = {
  [APPOINTMENT_EVENTS.booked]: "booked",
  [APPOINTMENT_EVENTS.rescheduled]: "rescheduled",
  [APPOINTMENT_EVENTS.cancelled]: "cancelled",
  // A cancellation taken back: the customer gets the confirmation again.
  [APPOINTMENT_EVENTS.restored]: "booked",
}

export default async function appointmentMails({ event, container }: SubscriberArgs<{ id: string }>) {
  const kind = KIND_OF[event.name as AppointmentEventName]
  const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const appointment = await booking.retrieveAppointment(event.data.id)
  // A visit taken by phone without an e-mail address: nobody to write to.
  if (!appointment.contact_email) return
  const [fault] = await booking.listFaultTypes({ id: appointment.fault_type_id })
  if (!fault) return
  const mail = appointmentMail(kind, appointment, fault, manageAppointmentUrl(appointment))
  const ics = appointmentIcs({ ...appointment, fault_label: faultLabel(fault, appointment.locale) })
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: appointment.contact_email,
    channel: "email",
    template: `appointment-${kind}`,
    content: mail,
    attachments: [
      {
        filename: `rendez-vous-${appointment.id}.ics`,
        content: Buffer.from(ics).toString("base64"),
        content_type: `text/calendar; charset=utf-8; method=${kind === "cancelled" ? "CANCEL" : "REQUEST"}`,
      },
    ],
    resource_type: "appointment",
    resource_id: appointment.id,
    idempotency_key: `appointment-${event.name}-${appointment.id}-${appointment.sequence}`,
  })
}

export const config: SubscriberConfig = { event: Object.values(APPOINTMENT_EVENTS) }
