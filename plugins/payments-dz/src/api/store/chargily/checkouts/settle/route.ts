import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_LINK_HANDOUT_MS, orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { shopOrderNumber } from "../../../../../lib/satim/receipt"
import { settleChargilyCheckoutWorkflow } from "../../../../../workflows/chargily/settle-chargily-checkout"
import type { StoreSettleChargilyCheckoutType } from "../../validators"

/**
 * The customer is back from Chargily with our reference: Chargily is asked (never the query string),
 * the order placed if paid, and the outcome answered. Safe to call many times. A paid order comes with
 * its signed order link for a day (what the confirmation page opens), never the cart id.
 */
export async function POST(req: MedusaRequest<StoreSettleChargilyCheckoutType>, res: MedusaResponse) {
  const { result } = await settleChargilyCheckoutWorkflow(req.scope).run({ input: { reference: req.validatedBody.reference } })
  const { checkout } = result
  const paidAndOrdered = checkout.status === "paid" && checkout.order_id
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    payment: {
      status: checkout.status,
      reference: checkout.id,
      amount: checkout.amount,
      currency_code: "dzd",
      payment_method: checkout.payment_method,
      paid_at: checkout.status === "paid" && checkout.decided_at ? new Date(checkout.decided_at).toISOString() : null,
      shop_order_number: paidAndOrdered ? await shopOrderNumber(req.scope.resolve(ContainerRegistrationKeys.QUERY), checkout.order_id) : null,
      refund_reason: checkout.status === "refund_due" ? checkout.refund_reason : null,
    },
    waiting: result.waiting_reason ?? null,
    order_token:
      paidAndOrdered && checkout.decided_at && Date.now() - new Date(checkout.decided_at).getTime() < ORDER_LINK_HANDOUT_MS ? orderLinkToken(checkout.order_id!) : null,
  })
}
