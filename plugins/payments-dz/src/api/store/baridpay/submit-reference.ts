import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { normalizeTransactionReference } from "../../../lib/baridpay/reference"
import { submitBaridpayReferenceWorkflow } from "../../../workflows/baridpay/submit-baridpay-reference"
import { baridpayPaymentView, readOrderForBaridpay } from "./payment-view"
import type { StoreBaridpayReferenceType } from "./validators"

/** The customer's BaridiMob reference for an order already known to be theirs (session or signed link); answers the updated view. */
export async function submitReference(req: MedusaRequest<StoreBaridpayReferenceType>, res: MedusaResponse, orderId: string) {
  const reference = normalizeTransactionReference(req.validatedBody.transaction_reference)
  if (!reference) {
    res.status(400).json(refusalBody("invalid_data", "baridpay_transaction_reference_invalid", "A BaridiMob transaction reference is 6 to 32 letters and digits."))
    return
  }
  await submitBaridpayReferenceWorkflow(req.scope).run({ input: { order_id: orderId, transaction_reference: reference } })
  const order = await readOrderForBaridpay(req.scope, orderId)
  res.json({ baridpay: order ? await baridpayPaymentView(req.scope, order) : null })
}

/** The answer for an order that is not (or no longer) visible: the same as the order routes' 404. */
export function orderNotFound(res: MedusaResponse) {
  res.status(404).json(refusalBody("not_found", "order_not_found", "This order does not exist or is not yours: log in, or open it from the link in its e-mail."))
}

export function notBaridpayOrder(res: MedusaResponse) {
  res.status(404).json(refusalBody("not_found", "baridpay_not_baridpay_order", "This order is not paid with BaridPay."))
}
