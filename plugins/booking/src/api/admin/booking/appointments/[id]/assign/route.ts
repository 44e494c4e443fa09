import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isSlotTaken } from "../../../../../../lib/pg-errors"
import { assignVisitWorkflow } from "../../../../../../workflows/assign-visit"
import { SLOT_UNAVAILABLE } from "../../../../../store/booking/appointments/owned"
import type { AdminAssignAppointmentType } from "../../../validators"

/** POST /admin/booking/appointments/:id/assign { technician_id, starts_at? }: 409 when that technician is taken then. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignAppointmentType>, res: MedusaResponse) {
  try {
    const { result } = await assignVisitWorkflow(req.scope).run({ input: { appointment_id: req.params.id, ...req.validatedBody, by: req.auth_context.actor_id } })
    res.json({ appointment: result })
  } catch (error) {
    // The planning step saw a visit in the way, or the EXCLUDE constraint refused the write (a race).
    if (!isSlotTaken(error)) throw error
    res.status(409).json({ ...SLOT_UNAVAILABLE, message: "Ce technicien a déjà une visite à ce moment (trajet compris) : rien n'a changé." })
  }
}
