import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { paymentReceipt, shopOrderNumber } from "../../../../../lib/satim/receipt"
import { SATIM_MODULE } from "../../../../../modules/satim"
import type SatimModuleService from "../../../../../modules/satim/service"
import type { StoreSatimReceiptQueryType } from "../../validators"

/**
 * The receipt of a card payment already settled as paid (the PDF download): read only. It never
 * asks SATIM nor settles; the return page does that.
 */
export async function GET(req: MedusaRequest<unknown, StoreSatimReceiptQueryType>, res: MedusaResponse) {
  const [attempt] = await req.scope.resolve<SatimModuleService>(SATIM_MODULE).listSatimPayments({ satim_order_id: req.validatedQuery.order_id, status: "paid" })
  if (!attempt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No paid card payment has this number.", refusal("card_payment_unknown"))
  res.setHeader("Cache-Control", "private, no-store")
  const number = await shopOrderNumber(req.scope.resolve(ContainerRegistrationKeys.QUERY), attempt.order_id)
  res.json({ payment: paymentReceipt(attempt, number) })
}
