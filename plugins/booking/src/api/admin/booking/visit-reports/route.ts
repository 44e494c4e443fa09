import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { zonedInstant } from "../../../../lib/availability/time"
import { cashTotals } from "../../../../lib/visit-report/cash-totals"
import type { VisitReportsQueryType } from "../validators"

/**
 * GET /admin/booking/visit-reports[?reconciled=false][&from][&to]: visits done, with the cash each
 * technician collected per day (Algiers) — what the office checks in at the end of the day.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { reconciled, from, to } = req.validatedQuery as unknown as VisitReportsQueryType
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const reports = await booking.listVisitReports(
    {
      ...(reconciled === "false" ? { reconciled_at: null } : reconciled === "true" ? { reconciled_at: { $ne: null } } : {}),
      ...(from || to
        ? { created_at: { ...(from ? { $gte: new Date(zonedInstant(from, 0)) } : {}), ...(to ? { $lt: new Date(zonedInstant(to, 24 * 60)) } : {}) } }
        : {}),
    },
    { order: { created_at: "DESC" }, take: 500 }
  )
  const technicianIds = [...new Set(reports.map((report) => report.technician_id))]
  const technicians = technicianIds.length ? await booking.listTechnicians({ id: technicianIds }, { select: ["id", "name"] }) : []
  const names = new Map(technicians.map((technician) => [technician.id, technician.name]))
  res.json({
    reports: reports.map((report) => ({ ...report, technician_name: names.get(report.technician_id) ?? null })),
    totals: cashTotals(reports).map((total) => ({ ...total, technician_name: names.get(total.technician_id) ?? null })),
  })
}
