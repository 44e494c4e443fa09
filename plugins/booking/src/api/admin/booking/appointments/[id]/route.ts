import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import { ownVisit } from "../../../../../workflows/change-visit-status"
import { describeVisits } from "../../visit-view"

/** GET /admin/booking/appointments/:id: the visit with its history and report. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const appointment = await ownVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), req.params.id, undefined)
  const [visit] = await describeVisits(req.scope, [appointment], { reports: true })
  res.json({ visit })
}
