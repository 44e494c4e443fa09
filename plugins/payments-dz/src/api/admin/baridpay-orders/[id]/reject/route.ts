import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectBaridpayPaymentWorkflow } from "../../../../../workflows/baridpay/reject-baridpay-payment"
import type { AdminBaridpayRejectType } from "../../validators"

/** POST /admin/baridpay-orders/:id/reject {reason}: no such transfer arrived; the order is cancelled. */
export async function POST(req: AuthenticatedMedusaRequest<AdminBaridpayRejectType>, res: MedusaResponse) {
  const { result } = await rejectBaridpayPaymentWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ baridpay_order: result })
}
