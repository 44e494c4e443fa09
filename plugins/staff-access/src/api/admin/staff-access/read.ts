import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ACCESS_MODULE } from "../../../modules/staff-access"
import type StaffAccessModuleService from "../../../modules/staff-access/service"
import { isStaffRole, type StaffRole } from "../../../lib/permissions/roles"

export type StaffAccessView = { user_id: string; email: string; role: StaffRole | null; is_active: boolean }

/** Each user with their role (null: none yet, so no access) and whether the account is active. */
export async function readStaffAccess(scope: MedusaContainer, userIds?: string[]): Promise<StaffAccessView[]> {
  const users = await scope.resolve(Modules.USER).listUsers(userIds ? { id: userIds } : {}, { select: ["id", "email"], order: { email: "ASC" } })
  const members = await scope.resolve<StaffAccessModuleService>(STAFF_ACCESS_MODULE).listStaffMembers({ user_id: users.map((user) => user.id) })
  const byUser = new Map(members.map((member) => [member.user_id, member]))
  return users.map((user) => {
    const member = byUser.get(user.id)
    return { user_id: user.id, email: user.email, role: member && isStaffRole(member.role) ? member.role : null, is_active: member?.is_active ?? true }
  })
}
