import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { pendingInviteRole } from "../lib/access/invited-role"
import { setStaffAccessWorkflow } from "../workflows/set-staff-access"

/**
 * `POST /admin/invites/accept?token=`: the new user gets the role of THE invite they accept, before
 * the answer leaves, so their first request already has it. The invite is read before Medusa's accept
 * workflow deletes it; the user is the one that workflow created (its answer), not whoever has the
 * invite's e-mail. Medusa's `invite.accepted` event carries only the invite id, and arrives after the
 * answer (on the worker in production), so it could not name the user nor beat their first request.
 * An invite without a role gives none: the user has no access until an admin gives one.
 */
export async function giveInvitedRole(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = typeof req.query.token === "string" ? req.query.token : undefined
  const invited = token ? await pendingInviteRole(req.scope, token) : undefined
  const role = invited?.role
  if (!invited || !role) return next()
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const userId = (body as { user?: { id?: unknown } } | null)?.user?.id
    if (res.statusCode !== 200 || typeof userId !== "string") return json(body)
    void setStaffAccessWorkflow(req.scope)
      .run({ input: { user_id: userId, role, is_active: true } })
      .then(() => {
        securityEvent({
          event: "staff_invite_accepted",
          outcome: "success",
          actor: userId,
          target: userId,
          invite: invited.invite_id,
          role_after: role,
          client: clientAddress(req),
          request_id: (req as { requestId?: string }).requestId ?? null,
        })
        json(body)
      }, next)
    return res
  }
  next()
}
