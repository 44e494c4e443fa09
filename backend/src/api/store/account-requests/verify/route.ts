import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyRegistrationLink } from "@mj-chauffage/shop-kernel/registration-links"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { VerifyRegistrationLinkBody } from "../validators"

/**
 * POST /store/account-requests/verify { token }: the address a registration link was sent to, so the
 * page that finishes the account can show it (or say at once that the link is spent or past its date).
 */
export async function POST(req: MedusaRequest<VerifyRegistrationLinkBody>, res: MedusaResponse) {
  const verification = verifyRegistrationLink(req.validatedBody.token)
  if (!verification.ok) {
    const expired = verification.reason === "expired"
    res
      .status(expired ? 410 : 403)
      .json(refusalBody("not_allowed", expired ? "link_expired" : "link_invalid", expired ? "This link has expired: ask for a new one." : "This link is not valid."))
    return
  }
  res.json({ email: verification.subject, expires_at: verification.expiresAt.toISOString() })
}
