import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
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
    const expired = verification.reason === "expired"
    res
      .status(expired ? 410 : 403)
      .json(refusalBody("not_allowed", expired ? "link_expired" : "link_invalid", expired ? "This link has expired." : "This link is not valid."))
    return
  }
  const { result } = await claimGuestOrderWorkflow(req.scope).run({ input: { order_id: verification.subject, customer_id: req.auth_context.actor_id } })
  res.json({ order_id: verification.subject, joined: result.changed })
}
