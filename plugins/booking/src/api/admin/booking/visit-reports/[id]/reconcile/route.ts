import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../../../../../modules/booking"
import type BookingModuleService from "../../../../../../modules/booking/service"

/** POST /admin/booking/visit-reports/:id/reconcile: the office has the cash in hand (who and when; once). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const [report] = await booking.listVisitReports({ id: req.params.id })
  if (!report) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce compte rendu de visite n'existe pas.", refusal("visit_report_not_found"))
  if (report.reconciled_at) return res.json({ report })
  const updated = await booking.updateVisitReports({ id: report.id, reconciled_at: new Date(), reconciled_by: req.auth_context.actor_id })
  res.json({ report: updated })
}
