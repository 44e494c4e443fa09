import type { MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { localParts, zonedInstant } from "../../../../lib/availability/time"
import { describeVisits } from "../visit-view"
import type { MyVisitsQueryType } from "../validators"
import type { TechnicianRequest } from "./technician"

/** GET /admin/booking/my-visits: the logged-in technician's visits from today (Algiers) for `days` days. */
export async function GET(req: TechnicianRequest, res: MedusaResponse) {
  const { days } = req.validatedQuery as unknown as MyVisitsQueryType
  const today = localParts(Date.now()).date
  const appointments = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listAppointments(
    {
      technician_id: req.technician_id,
      status: { $ne: "cancelled" },
      starts_at: { $gte: new Date(zonedInstant(today, 0)), $lt: new Date(zonedInstant(today, days * 24 * 60)) },
    },
    { order: { starts_at: "ASC" } }
  )
  res.json({ technician_id: req.technician_id, visits: await describeVisits(req.scope, appointments, { reports: true }) })
}
