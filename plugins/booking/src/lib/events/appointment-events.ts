/** Events the booking workflows emit once a change is written; the e-mail subscriber listens to them. */
export const APPOINTMENT_EVENTS = {
  booked: "booking.appointment.booked",
  rescheduled: "booking.appointment.rescheduled",
  cancelled: "booking.appointment.cancelled",
  restored: "booking.appointment.restored",
} as const

export type AppointmentEventName = (typeof APPOINTMENT_EVENTS)[keyof typeof APPOINTMENT_EVENTS]

/**
 * For the technicians: a visit was given to a technician (booked, or reassigned by the office).
 * Data: { id, technician_id, previous_technician_id? }.
 */
export const TECHNICIAN_EVENTS = {
  assigned: "booking.appointment.assigned",
  /** The visit's day moved on (en route, in progress, no-show, done): data { id, from, to }. */
  statusChanged: "booking.appointment.status_changed",
} as const

export type VisitAssignedEvent = { id: string; technician_id: string; previous_technician_id?: string | null }
