import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startSatimPaymentWorkflow } from "../../../../workflows/satim/start-satim-payment"
import type { StoreStartSatimPaymentType } from "../validators"

/** Opens SATIM's card page for a cart paid by card: answers the URL to send the whole page to. */
export async function POST(req: MedusaRequest<StoreStartSatimPaymentType>, res: MedusaResponse) {
  const { result } = await startSatimPaymentWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ payment: result })
}
