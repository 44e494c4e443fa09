import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseBadLink } from "../../../../../signed-link-refusal"
import { ORDER_LINK_PURPOSE } from "@mj-chauffage/shop-kernel/order-links"
import { linkSigningSecret, verifyLink } from "@mj-chauffage/shop-kernel/signed-links"
import { claimGuestOrderWorkflow } from "../../../../../../workflows/claim-guest-order"
import type { ClaimOrderBody } from "../validators"

/**
 * POST /store/customers/me/order-history/claim { token }: the guest order of a signed e-mail link
 * joins the logged-in customer's account (the link proves the address; the e-mail alone never does).
 */
export async function POST(req: AuthenticatedMedusaRequest<ClaimOrderBody>, res: MedusaResponse) {
  const verification = verifyLink(req.validatedBody.token, ORDER_LINK_PURPOSE, linkSigningSecret())
  if (!verification.ok) {
    refuseBadLink(res, verification)
    return
  }
  const { result } = await claimGuestOrderWorkflow(req.scope).run({ input: { order_id: verification.subject, customer_id: req.auth_context.actor_id } })
  res.json({ order_id: verification.subject, joined: result.changed })
}
