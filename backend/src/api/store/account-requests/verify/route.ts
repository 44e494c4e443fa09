import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyRegistrationLink } from "@mj-chauffage/shop-kernel/registration-links"
import { refuseBadLink } from "../../../signed-link-refusal"
import type { VerifyRegistrationLinkBody } from "../validators"

/**
 * POST /store/account-requests/verify { token }: the address a registration link was sent to, so the
 * page that finishes the account can show it (or say at once that the link is spent or past its date).
 */
export async function POST(req: MedusaRequest<VerifyRegistrationLinkBody>, res: MedusaResponse) {
  const verification = verifyRegistrationLink(req.validatedBody.token)
  if (!verification.ok) {
    refuseBadLink(res, verification)
    return
  }
  res.json({ email: verification.subject, expires_at: verification.expiresAt.toISOString() })
}
