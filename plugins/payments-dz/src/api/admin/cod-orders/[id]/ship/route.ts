import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipCodOrderWorkflow } from "../../../../../workflows/cod/ship-cod-order"
import type { AdminCodShipType } from "../../validators"

/** POST /admin/cod-orders/:id/ship {carrier, tracking_number, tracking_url?}: the confirmed order leaves with the carrier. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCodShipType>, res: MedusaResponse) {
  const { result } = await shipCodOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ cod_order: result })
}
