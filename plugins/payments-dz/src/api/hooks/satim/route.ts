import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settleSatimPaymentWorkflow } from "../../../workflows/satim/settle-satim-payment"
import type { SatimCallbackQueryType } from "./validators"

/**
 * SATIM's server-to-server callback, for a customer who paid and never came back: only a hint to
 * settle now rather than at the next reconciliation. SATIM is asked for the status (the callback's
 * own fields decide nothing) and the settling is the same, idempotent one as the return page's.
 */
export async function GET(req: MedusaRequest<unknown, SatimCallbackQueryType>, res: MedusaResponse) {
  const { result } = await settleSatimPaymentWorkflow(req.scope).run({ input: { satim_order_id: req.validatedQuery.mdOrder } })
  res.json({ status: result.attempt.status })
}
