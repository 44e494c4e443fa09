import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"

export const APPOINTMENT_STATUSES = ["requested", "confirmed", "en_route", "in_progress", "done", "cancelled", "no_show"] as const

/**
 * A repair visit. `blocked_from`/`blocked_until` (the visit plus the travel buffer) are written by the
 * booking workflow and guarded in PostgreSQL by an EXCLUDE constraint: two live visits of one
 * technician can never overlap (migration Migration20261127190500_booking_no_overlap).
 */
export const Appointment = model
  .define("appointment", {
    id: model.id({ prefix: "appt" }).primaryKey(),
    technician: model.belongsTo(() => Technician, { mappedBy: "appointments" }),
    customer_id: model.text().nullable(),
    contact_first_name: model.text(),
    contact_last_name: model.text(),
    contact_phone: model.text(),
    contact_email: model.text(),
    address_1: model.text(),
    commune: model.text(),
    wilaya_code: model.text(),
    zone_id: model.text(),
    fault_type_id: model.text(),
    boiler_brand: model.text().nullable(),
    boiler_model: model.text().nullable(),
    description: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    blocked_from: model.dateTime(),
    blocked_until: model.dateTime(),
    status: model.enum([...APPOINTMENT_STATUSES]).default("confirmed"),
    cancellation_reason: model.text().nullable(),
    source: model.enum(["web", "phone"]).default("web"),
    /** The customer's language for e-mails and links (the page they booked from). */
    locale: model.enum(["fr", "ar"]).default("fr"),
    /** Increases with every change (iCalendar SEQUENCE). */
    sequence: model.number().default(0),
    /** [{ at, action, by, from?, to? }]: what changed, when, by whom. */
    history: model.json(),
    /** When the day-before reminder went out: set once, by whichever worker claims it first. */
    reminded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["technician_id", "starts_at"] }])
