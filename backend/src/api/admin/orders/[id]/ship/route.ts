import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipOrderWorkflow } from "../../../../../workflows/ship-order"
import type { AdminShipOrderType } from "../../validators"

/** POST /admin/orders/:id/ship {carrier, tracking_number, tracking_url?}: mark the order shipped. */
export async function POST(req: AuthenticatedMedusaRequest<AdminShipOrderType>, res: MedusaResponse) {
  const { result } = await shipOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.json(result)
}
