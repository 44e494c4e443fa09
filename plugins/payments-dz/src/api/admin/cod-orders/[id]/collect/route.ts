import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectCodOrderWorkflow } from "../../../../../workflows/cod/collect-cod-order"
import type { AdminCodCollectType } from "../../validators"

/** POST /admin/cod-orders/:id/collect {note?}: the cash is in; the payment is captured. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCodCollectType>, res: MedusaResponse) {
  const { result } = await collectCodOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ cod_order: result })
}
