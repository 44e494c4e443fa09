import type { MedusaResponse } from "@medusajs/framework/http"
import { changeVisitStatusWorkflow } from "../../../../../../workflows/change-visit-status"
import type { VisitStatusChangeType } from "../../../validators"
import type { TechnicianRequest } from "../../technician"

/** POST /admin/booking/my-visits/:id/status { status }: en route, in progress, client absent. */
export async function POST(req: TechnicianRequest<VisitStatusChangeType>, res: MedusaResponse) {
  const { result } = await changeVisitStatusWorkflow(req.scope).run({
    input: { appointment_id: req.params.id, to: req.validatedBody.status, by: req.auth_context.actor_id, actor: "technician", technician_id: req.technician_id },
  })
  res.json({ appointment: result })
}
