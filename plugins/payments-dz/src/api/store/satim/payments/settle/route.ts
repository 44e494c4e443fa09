import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { paymentReceipt } from "../../../../../lib/satim/receipt"
import { settleSatimPaymentWorkflow } from "../../../../../workflows/satim/settle-satim-payment"
import type { StoreSettleSatimPaymentType } from "../../validators"

/**
 * The customer is back from SATIM with its order id: SATIM is asked (never the query string), the
 * order placed if paid, and the receipt or the failure message answered. Safe to call many times.
 */
export async function POST(req: MedusaRequest<StoreSettleSatimPaymentType>, res: MedusaResponse) {
  const { result } = await settleSatimPaymentWorkflow(req.scope).run({ input: { satim_order_id: req.validatedBody.order_id } })
  res.json({ payment: paymentReceipt(result.attempt), waiting: result.waiting_reason ?? null })
}
