import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAppointmentWorkflow } from "../../../../../../workflows/change-appointment"
import type { AdminCancelAppointmentType } from "../../../validators"

/** POST /admin/booking/appointments/:id/cancel { reason }: the office cancels (no notice rule); the customer is told. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelAppointmentType>, res: MedusaResponse) {
  const { result } = await cancelAppointmentWorkflow(req.scope).run({
    input: { appointment_id: req.params.id, reason: req.validatedBody.reason, by: req.auth_context.actor_id, by_office: true },
  })
  res.json({ appointment: result })
}
