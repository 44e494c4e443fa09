import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseCodOrderWorkflow } from "../../../../../workflows/cod/refuse-cod-order"
import type { AdminCodRefuseType } from "../../validators"

/** POST /admin/cod-orders/:id/refuse {reason}: the parcel was refused at the door; it comes back into stock and the order is cancelled. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCodRefuseType>, res: MedusaResponse) {
  const { result } = await refuseCodOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ cod_order: result })
}
