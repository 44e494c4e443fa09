import { model } from "@medusajs/framework/utils"
import { Appointment } from "./appointment"
import { BookingTimeOff } from "./booking-time-off"
import { BookingZone } from "./booking-zone"

/**
 * A technician who visits customers: the zones served, the skills (fault types handled), weekly hours.
 * Their Medusa admin user (for the "my jobs" view) is linked through src/links/technician-user.ts.
 */
export const Technician = model.define("technician", {
  id: model.id({ prefix: "tech" }).primaryKey(),
  name: model.text().searchable(),
  phone: model.text(),
  skills: model.json(),
  /** Weekly rules in Africa/Algiers: [{ weekday: 0 (Sunday)…6, start: "08:00", end: "17:00" }]. */
  weekly_hours: model.json(),
  is_active: model.boolean().default(true),
  /** SHA-256 of the secret in the technician's calendar feed URL; null: no feed (revoked or never made). */
  calendar_token_hash: model.text().nullable(),
  zones: model.manyToMany(() => BookingZone, { mappedBy: "technicians" }),
  appointments: model.hasMany(() => Appointment, { mappedBy: "technician" }),
  time_off: model.hasMany(() => BookingTimeOff, { mappedBy: "technician" }),
})
