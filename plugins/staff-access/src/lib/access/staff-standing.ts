import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ACCESS_MODULE } from "../../modules/staff-access"
import type StaffAccessModuleService from "../../modules/staff-access/service"
import { isStaffRole, type StaffRole } from "../permissions/roles"
import { claimInvitedRole } from "./invited-role"

/** Who is asking and with what standing: a user's role, read now; null role when they have none. */
export type StaffStanding = { user_id: string; role: StaffRole | null; is_active: boolean; via: "user" | "api-key" }

type AuthContext = { actor_id?: string; actor_type?: string }

/**
 * The standing of the user behind an authenticated /admin request, read from the database on every
 * request (one indexed row), so a role change or a deactivation counts from the very next request.
 * A secret API key acts as the user who created it, with that user's role of the moment: a key made
 * by an admin who is later downgraded or deactivated loses those rights with them.
 */
export async function standingOf(scope: MedusaContainer, auth: AuthContext | undefined): Promise<StaffStanding | undefined> {
  if (!auth?.actor_id) return undefined
  let userId: string | undefined
  if (auth.actor_type === "user") userId = auth.actor_id
  else if (auth.actor_type === "api-key") {
    const [key] = await scope.resolve(Modules.API_KEY).listApiKeys({ id: auth.actor_id }, { select: ["id", "created_by", "type"] })
    userId = key?.type === "secret" ? key.created_by || undefined : undefined
  }
  if (!userId) return undefined
  const [member] = await scope.resolve<StaffAccessModuleService>(STAFF_ACCESS_MODULE).listStaffMembers({ user_id: userId }, { select: ["role", "is_active"] })
  return {
    user_id: userId,
    role: member ? (isStaffRole(member.role) ? member.role : null) : await claimInvitedRole(scope, userId),
    is_active: member ? member.is_active : true,
    via: auth.actor_type === "api-key" ? "api-key" : "user",
  }
}
