import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_LINK_PURPOSE } from "@mj-chauffage/shop-kernel/order-links"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { linkSigningSecret, verifyLink } from "@mj-chauffage/shop-kernel/signed-links"

/**
 * The order a signed order link (the e-mail's, the confirmation page's) opens, or null once the
 * refusal is sent: 410 `link_expired` past its date, 403 `link_invalid` otherwise, as the order route answers.
 */
export function orderOfSignedLink(req: MedusaRequest, res: MedusaResponse): string | null {
  const verification = verifyLink(req.params.token, ORDER_LINK_PURPOSE, linkSigningSecret())
  if (verification.ok) return verification.subject
  const expired = verification.reason === "expired"
  res
    .status(expired ? 410 : 403)
    .json(refusalBody("not_allowed", expired ? "link_expired" : "link_invalid", expired ? "This link has expired: ask for a new one." : "This link is not valid."))
  return null
}
