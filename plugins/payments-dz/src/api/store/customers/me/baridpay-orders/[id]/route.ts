import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { baridpayPaymentView, readOrderForBaridpay } from "../../../../baridpay/payment-view"
import { notBaridpayOrder, orderNotFound } from "../../../../baridpay/submit-reference"

/** GET /store/customers/me/baridpay-orders/:id: how to pay one's own BaridPay order (amount, reference, RIP, QR) and where it stands. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await readOrderForBaridpay(req.scope, req.params.id)
  if (!order || order.customer_id !== req.auth_context.actor_id) return orderNotFound(res)
  const view = await baridpayPaymentView(req.scope, order)
  if (!view) return notBaridpayOrder(res)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ baridpay: view })
}
