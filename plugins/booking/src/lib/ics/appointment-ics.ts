/**
 * The visit as an iCalendar event (RFC 5545) for the customer's calendar: stable UID, SEQUENCE
 * raised by each change, UTC times (the `ics` package has no VTIMEZONE; epoch milliseconds come out
 * as UTC "Z"), METHOD REQUEST for a live visit and CANCEL once cancelled.
 */
import { createEvent } from "ics"

export type AppointmentForCalendar = {
  id: string
  starts_at: Date | string
  ends_at: Date | string
  status: string
  sequence: number
  fault_label: string
  description: string
  address_1: string
  commune: string
  wilaya_code: string
  contact_first_name: string
  contact_last_name: string
  contact_email: string
  /** The customer's language: the event's title follows it. */
  locale?: string
}

const CALENDAR_DOMAIN = "mj-chauffage.dz"
const ORGANIZER = { name: "MJ Chauffage", email: "rendez-vous@mj-chauffage.dz" }

/** The fault's name in the customer's language, for the event's title (e-mail attachment and download alike). */
export function faultLabel(fault: { label_fr: string; label_ar: string } | undefined, locale: string | undefined): string {
  if (!fault) return locale === "ar" ? "زيارة" : "Visite"
  return locale === "ar" ? fault.label_ar : fault.label_fr
}

export function appointmentIcs(appointment: AppointmentForCalendar): string {
  const cancelled = appointment.status === "cancelled"
  const { error, value } = createEvent({
    uid: `${appointment.id}@${CALENDAR_DOMAIN}`,
    productId: "mj-chauffage/booking",
    method: cancelled ? "CANCEL" : "REQUEST",
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    sequence: appointment.sequence,
    start: new Date(appointment.starts_at).getTime(),
    end: new Date(appointment.ends_at).getTime(),
    title: `${appointment.locale === "ar" ? "إصلاح الغلاية" : "Dépannage chaudière"} — ${appointment.fault_label}`,
    description: appointment.description,
    location: `${appointment.address_1}, ${appointment.commune} (${appointment.wilaya_code})`,
    organizer: ORGANIZER,
    attendees: [
      {
        name: `${appointment.contact_first_name} ${appointment.contact_last_name}`,
        email: appointment.contact_email,
        rsvp: false,
        role: "REQ-PARTICIPANT",
        partstat: "ACCEPTED",
      },
    ],
  })
  if (error || !value) throw new Error(`Cannot write the calendar file: ${error?.message ?? "no output"}`)
  return value
}
