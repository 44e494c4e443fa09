import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmBaridpayPaymentWorkflow } from "../../../../../workflows/baridpay/confirm-baridpay-payment"
import type { AdminBaridpayConfirmType } from "../../validators"

/** POST /admin/baridpay-orders/:id/confirm: the money is on the CCP account; the payment is captured. */
export async function POST(req: AuthenticatedMedusaRequest<AdminBaridpayConfirmType>, res: MedusaResponse) {
  const { result } = await confirmBaridpayPaymentWorkflow(req.scope).run({ input: { order_id: req.params.id, staff_user_id: req.auth_context.actor_id } })
  res.json({ baridpay_order: result })
}
