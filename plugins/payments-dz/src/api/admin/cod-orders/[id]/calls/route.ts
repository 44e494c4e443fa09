import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCodCallWorkflow } from "../../../../../workflows/cod/record-cod-call"
import type { AdminCodCallType } from "../../validators"

/** POST /admin/cod-orders/:id/calls {outcome, note?, reason?}: a confirmation call and how it ended. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCodCallType>, res: MedusaResponse) {
  const { result } = await recordCodCallWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ cod_order: result })
}
