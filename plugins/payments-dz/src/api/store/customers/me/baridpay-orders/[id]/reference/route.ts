import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderForBaridpay } from "../../../../../baridpay/payment-view"
import { orderNotFound, submitReference } from "../../../../../baridpay/submit-reference"
import type { StoreBaridpayReferenceType } from "../../../../../baridpay/validators"

/** POST /store/customers/me/baridpay-orders/:id/reference {transaction_reference}: the logged-in customer's BaridiMob reference for their order. */
export async function POST(req: AuthenticatedMedusaRequest<StoreBaridpayReferenceType>, res: MedusaResponse) {
  const order = await readOrderForBaridpay(req.scope, req.params.id)
  if (!order || order.customer_id !== req.auth_context.actor_id) return orderNotFound(res)
  await submitReference(req, res, order.id)
}
