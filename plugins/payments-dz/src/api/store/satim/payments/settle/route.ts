import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_LINK_HANDOUT_MS, orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentReceipt, shopOrderNumber } from "../../../../../lib/satim/receipt"
import { settleSatimPaymentWorkflow } from "../../../../../workflows/satim/settle-satim-payment"
import type { StoreSettleSatimPaymentType } from "../../validators"


/**
 * The customer is back from SATIM with its order id: SATIM is asked (never the query string), the
 * order placed if paid, and the receipt or the failure message answered. Safe to call many times.
 * A paid order comes with its signed order link (what the confirmation page opens) during a day,
 * never the cart id: SATIM's order id sits in the return page's address.
 */
export async function POST(req: MedusaRequest<StoreSettleSatimPaymentType>, res: MedusaResponse) {
  const { result } = await settleSatimPaymentWorkflow(req.scope).run({ input: { satim_order_id: req.validatedBody.order_id } })
  const { attempt } = result
  const number = attempt.status === "paid" ? await shopOrderNumber(req.scope.resolve(ContainerRegistrationKeys.QUERY), attempt.order_id) : null
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    payment: paymentReceipt(attempt, number),
    waiting: result.waiting_reason ?? null,
    order_token:
      attempt.status === "paid" && attempt.order_id && attempt.decided_at && Date.now() - new Date(attempt.decided_at).getTime() < ORDER_LINK_HANDOUT_MS
        ? orderLinkToken(attempt.order_id)
        : null,
  })
}
