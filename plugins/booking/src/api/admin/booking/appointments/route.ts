import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { isSlotTaken } from "../../../../lib/pg-errors"
import { createAppointmentWorkflow } from "../../../../workflows/create-appointment"
import { SLOT_UNAVAILABLE } from "../../../store/booking/appointments/owned"
import { describeVisits } from "../visit-view"
import type { AdminAppointmentsQueryType, AdminCreateAppointmentType } from "../validators"

/** GET /admin/booking/appointments[?customer_id][&status]: visits, latest first (the customer page's list). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { customer_id, status, limit } = req.validatedQuery as unknown as AdminAppointmentsQueryType
  const appointments = await req.scope
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listAppointments({ ...(customer_id ? { customer_id } : {}), ...(status ? { status } : {}) }, { order: { starts_at: "DESC" }, take: limit })
  res.json({ appointments: await describeVisits(req.scope, appointments) })
}

/**
 * POST /admin/booking/appointments: a visit taken by phone (source "phone"), on any free slot by the
 * office's rules, with the technician chosen or the least loaded; 409 slot_unavailable when taken.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAppointmentType>, res: MedusaResponse) {
  try {
    const { result } = await createAppointmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.validatedBody.customer_id ?? null, source: "phone", by_office: true, by: req.auth_context.actor_id },
    })
    res.status(201).json({ appointment: result })
  } catch (error) {
    if (!isSlotTaken(error)) throw error
    res.status(409).json(SLOT_UNAVAILABLE)
  }
}
