import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"

type Invite = { id: string; accepted: boolean; expires_at: string | Date }

/**
 * A staff login is created only for an address with a pending invitation (the dashboard's invite page
 * registers the login, then accepts the invite with it). Without this, Medusa's register route answers
 * "identity exists" for any staff e-mail tried — telling strangers who works in the office — and lets
 * anyone create staff logins that wait for an invitation. An address without a pending invitation gets
 * one answer, whether or not it already has a login.
 */
export async function onlyInvitedStaff(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = String((req.body as { email?: unknown } | undefined)?.email ?? "").trim()
  const { data: invites } = email
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "invite", fields: ["id", "accepted", "expires_at"], filters: { email } })
    : { data: [] }
  const now = Date.now()
  if (!(invites as Invite[]).some((invite) => !invite.accepted && new Date(invite.expires_at).getTime() > now)) {
    res.status(403).json(refusalBody("not_allowed", "registration_needs_invite", "Staff accounts are opened from an invitation: ask an administrator to invite this e-mail address."))
    return
  }
  next()
}
