import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openOrderLink } from "@mj-chauffage/shop-kernel/order-links"
import { claimGuestOrderWorkflow } from "../../../../../../workflows/claim-guest-order"
import type { ClaimOrderBody } from "../validators"

/**
 * POST /store/customers/me/order-history/claim { token }: the guest order of a signed e-mail link
 * joins the logged-in customer's account (the link proves the address; the e-mail alone never does).
 */
export async function POST(req: AuthenticatedMedusaRequest<ClaimOrderBody>, res: MedusaResponse) {
  const opened = openOrderLink(req.validatedBody.token)
  if (!opened.ok) {
    res.status(opened.status).json(opened.body)
    return
  }
  const { result } = await claimGuestOrderWorkflow(req.scope).run({ input: { order_id: opened.orderId, customer_id: req.auth_context.actor_id } })
  res.json({ order_id: opened.orderId, joined: result.changed })
}
