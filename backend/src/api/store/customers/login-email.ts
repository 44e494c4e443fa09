import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Identity = { provider_identities?: Array<{ provider: string; entity_id: string }> }

/**
 * A customer account's e-mail is the e-mail it logs in with, nothing else: Medusa takes the e-mail of
 * POST /store/customers from the body, so one could log in as oneself and create an account in
 * someone else's name (and then receive their guest orders). The body may repeat the login e-mail or
 * leave it out; any other e-mail is refused. POST /store/customers/me cannot change it (Medusa's
 * validator has no e-mail field).
 */
export async function registerWithLoginEmail(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = (req as Partial<AuthenticatedMedusaRequest>).auth_context?.auth_identity_id
  // No login at all: Medusa's own authentication answers.
  if (!identityId) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "auth_identity",
    fields: ["id", "provider_identities.provider", "provider_identities.entity_id"],
    filters: { id: identityId },
  })
  const loginEmail = (data[0] as Identity | undefined)?.provider_identities?.find((identity) => identity.provider === "emailpass")?.entity_id?.trim().toLowerCase()
  const body = req.validatedBody as { email?: string | null }
  if (!loginEmail) {
    res.status(400).json(refusalBody("invalid_data", "login_email_missing", "Create your login with an e-mail and a password first, then your account."))
    return
  }
  if (body.email && body.email.trim().toLowerCase() !== loginEmail) {
    res.status(400).json(refusalBody("invalid_data", "email_not_login_email", "An account's e-mail is the one you log in with: leave it out, or give that same e-mail."))
    return
  }
  body.email = loginEmail
  next()
}
