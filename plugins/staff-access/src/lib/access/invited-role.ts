import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isStaffRole, type StaffRole } from "../permissions/roles"
import { setStaffAccessWorkflow } from "../../workflows/set-staff-access"

/** Where an admin's invite names the role the new user will have: `POST /admin/invites` with `metadata.staff_role`. */
export const INVITE_ROLE_KEY = "staff_role"

/**
 * A user without a role who came through an invite naming one gets that role, once, at their first
 * admin request (Medusa deletes the invite when it is accepted, so the latest invite of their e-mail,
 * accepted or not, is read). Only admins create invites, so only an admin chooses the role.
 */
export async function claimInvitedRole(scope: MedusaContainer, userId: string): Promise<StaffRole | null> {
  const [user] = await scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "email"] })
  if (!user) return null
  const [invite] = await scope
    .resolve(Modules.USER)
    .listInvites({ email: user.email }, { select: ["id", "metadata", "created_at"], withDeleted: true, order: { created_at: "DESC" }, take: 1 })
  const role = invite?.metadata?.[INVITE_ROLE_KEY]
  if (!isStaffRole(role)) return null
  await setStaffAccessWorkflow(scope).run({ input: { user_id: userId, role, is_active: true } })
  return role
}
