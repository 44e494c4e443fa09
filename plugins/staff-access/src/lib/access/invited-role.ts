import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isStaffRole, type StaffRole } from "../permissions/roles"

/** Where an admin's invite names the role the new user will have: `POST /admin/invites` with `metadata.staff_role`. */
export const INVITE_ROLE_KEY = "staff_role"

export type InvitedRole = { invite_id: string; role: StaffRole | null }

/** The invite id an invite token names (read, not verified: Medusa's accept workflow verifies it). */
const inviteIdOf = (token: string): string | undefined => {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { id?: unknown }
    return typeof payload.id === "string" && payload.id ? payload.id : undefined
  } catch {
    return undefined
  }
}

/**
 * The pending invite this token opens, and the role it names. Only a live invite whose current token
 * is this one counts: a revoked invite is soft-deleted (not read), a resent one has a new token.
 */
export async function pendingInviteRole(scope: MedusaContainer, token: string): Promise<InvitedRole | undefined> {
  const id = inviteIdOf(token)
  if (!id) return undefined
  const [invite] = await scope.resolve(Modules.USER).listInvites({ id }, { select: ["id", "token", "metadata"] })
  if (!invite || invite.token !== token) return undefined
  const role = invite.metadata?.[INVITE_ROLE_KEY]
  return { invite_id: invite.id, role: isStaffRole(role) ? role : null }
}
