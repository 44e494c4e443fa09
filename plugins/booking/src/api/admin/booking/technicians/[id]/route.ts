import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import { updateTechnicianWorkflow } from "../../../../../workflows/office/technicians"
import type { AdminUpdateTechnicianType } from "../../reference-validators"
import { readTechnician, visitsToReassign } from "../read"

/** GET /admin/booking/technicians/:id: the technician, their absences and their live visits to come. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const technician = await readTechnician(req.scope, req.params.id)
  const time_off = await req.scope
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookingTimeOffs({ technician_id: technician.id }, { order: { starts_at: "ASC" } })
  res.json({ technician, time_off, future_visits: await visitsToReassign(req.scope, technician.id) })
}

/** POST /admin/booking/technicians/:id: change name, phone, skills, zones, weekly hours or linked user. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTechnicianType>, res: MedusaResponse) {
  await updateTechnicianWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ technician: await readTechnician(req.scope, req.params.id) })
}
