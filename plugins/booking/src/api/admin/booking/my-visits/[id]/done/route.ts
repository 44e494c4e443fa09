import type { MedusaResponse } from "@medusajs/framework/http"
import { completeVisitWorkflow } from "../../../../../../workflows/complete-visit"
import type { VisitDoneType } from "../../../validators"
import type { TechnicianRequest } from "../../technician"

/** POST /admin/booking/my-visits/:id/done { summary, parts, amount_collected }: the visit's report; 409 the second time. */
export async function POST(req: TechnicianRequest<VisitDoneType>, res: MedusaResponse) {
  const { result } = await completeVisitWorkflow(req.scope).run({
    input: { appointment_id: req.params.id, ...req.validatedBody, by: req.auth_context.actor_id, actor: "technician", technician_id: req.technician_id },
  })
  res.json(result)
}
