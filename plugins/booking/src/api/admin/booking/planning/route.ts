import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { zonedInstant } from "../../../../lib/availability/time"
import { BOOKING_SETTINGS } from "../../../../lib/booking-settings"
import { describeVisits } from "../visit-view"
import type { AdminPlanningQueryType } from "../validators"

/**
 * GET /admin/booking/planning?from=YYYY-MM-DD&days=1..7[&zone_id][&technician_id]: what the planning
 * board draws — the technicians (lanes) with their hours, their visits (cancelled ones too, to be
 * restored), time off and closures in the window, and the travel buffer around each visit.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { from, days, zone_id, technician_id } = req.validatedQuery as unknown as AdminPlanningQueryType
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const start = new Date(zonedInstant(from, 0))
  const end = new Date(zonedInstant(from, days * 24 * 60))
  const [allTechnicians, appointments, closures, zones, faultTypes] = await Promise.all([
    booking.listTechnicians(technician_id ? { id: technician_id } : {}, { relations: ["zones", "time_off"], order: { name: "ASC" } }),
    booking.listAppointments(
      { starts_at: { $gte: start, $lt: end }, ...(technician_id ? { technician_id } : {}), ...(zone_id ? { zone_id } : {}) },
      { order: { starts_at: "ASC" } }
    ),
    booking.listBookingClosures({}),
    booking.listBookingZones({}, { select: ["id", "handle", "name_fr", "wilaya_codes", "is_active"] }),
    booking.listFaultTypes({}, { select: ["id", "label_fr", "visit_fee", "duration_minutes", "urgency", "is_active"], order: { label_fr: "ASC" } }),
  ])
  const busy = new Set(appointments.map((appointment) => appointment.technician_id))
  // Lanes: the zone's technicians (active ones, and inactive ones that still hold a visit here).
  const technicians = allTechnicians.filter(
    (technician) => (!zone_id || technician.zones.some((zone) => zone.id === zone_id)) && (technician.is_active || busy.has(technician.id))
  )
  const lastDay = new Date(end.getTime() - 1).toISOString().slice(0, 10)
  res.json({
    from,
    days,
    window: { start: start.toISOString(), end: end.toISOString() },
    travel_buffer_minutes: BOOKING_SETTINGS.travel_buffer_minutes,
    zones,
    fault_types: faultTypes,
    technicians: technicians.map((technician) => ({
      id: technician.id,
      name: technician.name,
      phone: technician.phone,
      is_active: technician.is_active,
      skills: technician.skills,
      weekly_hours: technician.weekly_hours,
      zone_ids: technician.zones.map((zone) => zone.id),
      time_off: (technician.time_off ?? [])
        .filter((absence) => new Date(absence.ends_at) > start && new Date(absence.starts_at) < end)
        .map((absence) => ({ id: absence.id, starts_at: absence.starts_at, ends_at: absence.ends_at, reason: absence.reason })),
    })),
    closures: closures.filter((closure) => closure.date >= from && closure.date <= lastDay),
    visits: await describeVisits(req.scope, appointments),
  })
}
