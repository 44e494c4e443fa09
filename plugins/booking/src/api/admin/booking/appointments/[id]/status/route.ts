import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeVisitStatusWorkflow } from "../../../../../../workflows/change-visit-status"
import type { VisitStatusChangeType } from "../../../validators"

/** POST /admin/booking/appointments/:id/status { status }: the office moves a visit along (or back to confirmed). */
export async function POST(req: AuthenticatedMedusaRequest<VisitStatusChangeType>, res: MedusaResponse) {
  const { result } = await changeVisitStatusWorkflow(req.scope).run({
    input: { appointment_id: req.params.id, to: req.validatedBody.status, by: req.auth_context.actor_id, actor: "office" },
  })
  res.json({ appointment: result })
}
