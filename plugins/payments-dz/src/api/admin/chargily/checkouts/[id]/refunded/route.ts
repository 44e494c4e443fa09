import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markChargilyRefundedManuallyWorkflow } from "../../../../../../workflows/chargily/mark-chargily-refunded-manually"

/** POST /admin/chargily/checkouts/:id/refunded: the office gave this payment back from Chargily's dashboard. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await markChargilyRefundedManuallyWorkflow(req.scope).run({ input: { id: req.params.id, staff_user_id: req.auth_context.actor_id } })
  res.json({ checkout: { id: result.id, status: result.status, refunded_at: result.refunded_at, refunded_by: result.refunded_by } })
}
