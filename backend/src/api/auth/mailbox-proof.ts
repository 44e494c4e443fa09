import { refuseBadLink } from "../signed-link-refusal"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { verifyRegistrationLink } from "@mj-chauffage/shop-kernel/registration-links"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"

type RegistrationBody = { email?: unknown; password?: unknown; registration_token?: unknown }

/**
 * A customer login is created only by whoever holds the link e-mailed to its address
 * (POST /store/account-requests sends it). Without this, Medusa's register route answers "identity
 * exists" to anyone who tries an address — telling strangers who has an account — and lets anyone
 * open an account in someone else's name. With the link, the e-mail is the link's, whatever the body
 * said; an address that already has a login is told so (only its owner can read the link).
 */
export async function requireMailboxProof(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as RegistrationBody
  if (typeof body.registration_token !== "string" || !body.registration_token) {
    res
      .status(403)
      .json(refusalBody("not_allowed", "registration_needs_email_link", "Ask for your account with your e-mail address first: the e-mail you receive holds the link that opens it."))
    return
  }
  const verification = verifyRegistrationLink(body.registration_token)
  if (!verification.ok) {
    refuseBadLink(res, verification)
    return
  }
  const email = verification.subject
  const logins = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"], take: 1 })
  if (logins.length) {
    res.status(409).json(refusalBody("conflict", "account_exists", "This e-mail address already has an account: log in, or reset your password."))
    return
  }
  req.body = { email, password: body.password }
  next()
}
