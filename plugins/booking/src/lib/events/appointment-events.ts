/** Events the booking workflows emit once a change is written; the e-mail subscriber listens to them. */
export const APPOINTMENT_EVENTS = {
  booked: "booking.appointment.booked",
  rescheduled: "booking.appointment.rescheduled",
  cancelled: "booking.appointment.cancelled",
  restored: "booking.appointment.restored",
} as const

export type AppointmentEventName = (typeof APPOINTMENT_EVENTS)[keyof typeof APPOINTMENT_EVENTS]
