import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../../modules/booking"
import type BookingModuleService from "../../../../../../modules/booking/service"
import { createTimeOffWorkflow } from "../../../../../../workflows/office/time-off"
import type { AdminCreateTimeOffType } from "../../../reference-validators"
import { readTechnician, visitsToReassign } from "../../read"

/** GET /admin/booking/technicians/:id/time-off: the technician's absences, earliest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const technician = await readTechnician(req.scope, req.params.id)
  const time_off = await req.scope
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookingTimeOffs({ technician_id: technician.id }, { order: { starts_at: "ASC" } })
  res.json({ time_off })
}

/**
 * POST /admin/booking/technicians/:id/time-off: an absence; no slot is offered inside it. Visits
 * already booked inside it stay: the answer lists them so the office reassigns them.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateTimeOffType>, res: MedusaResponse) {
  const { result: time_off } = await createTimeOffWorkflow(req.scope).run({ input: { ...req.validatedBody, technician_id: req.params.id } })
  const visits_inside = await visitsToReassign(req.scope, req.params.id, { from: new Date(time_off.starts_at), until: new Date(time_off.ends_at) })
  res.status(201).json({ time_off, visits_inside })
}
