import type { MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import { ownVisit } from "../../../../../workflows/change-visit-status"
import { describeVisits } from "../../visit-view"
import type { TechnicianRequest } from "../technician"

/** GET /admin/booking/my-visits/:id: one of the technician's own visits (anyone else's: 404). */
export async function GET(req: TechnicianRequest, res: MedusaResponse) {
  const appointment = await ownVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), req.params.id, req.technician_id)
  const [visit] = await describeVisits(req.scope, [appointment], { reports: true })
  res.json({ visit })
}
