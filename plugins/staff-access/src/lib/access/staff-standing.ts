import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ACCESS_MODULE } from "../../modules/staff-access"
import type StaffAccessModuleService from "../../modules/staff-access/service"
import { isStaffRole, type StaffRole } from "../permissions/roles"
import { cachedStanding, rememberStanding, standingReadMark } from "./standing-cache"

/** Who is asking and with what standing: a user's role, read now; null role when they have none. */
export type StaffStanding = { user_id: string; role: StaffRole | null; is_active: boolean; via: "user" | "api-key" }

type AuthContext = { actor_id?: string; actor_type?: string }

/**
 * The standing of the user behind an authenticated /admin request, read from the database (one
 * indexed row) or from the last 5 seconds' read (standing-cache): a role change or a deactivation
 * clears the cache, so it counts from the very next request. A user without a role has none (deny by
 * default; the role an invite names is given when it is accepted) and is not cached.
 * A secret API key acts as the user who created it, with that user's role of the moment: a key made
 * by an admin who is later downgraded or deactivated loses those rights with them.
 */
export async function standingOf(scope: MedusaContainer, auth: AuthContext | undefined): Promise<StaffStanding | undefined> {
  if (!auth?.actor_id) return undefined
  if (auth.actor_type !== "user" && auth.actor_type !== "api-key") return undefined
  const via = auth.actor_type === "api-key" ? "api-key" : "user"
  const actorKey = `${via}:${auth.actor_id}`
  const cached = cachedStanding(actorKey)
  if (cached) return { ...cached, via }
  const readMark = standingReadMark()
  let userId: string | undefined
  if (via === "user") userId = auth.actor_id
  else {
    const [key] = await scope.resolve(Modules.API_KEY).listApiKeys({ id: auth.actor_id }, { select: ["id", "created_by", "type"] })
    userId = key?.type === "secret" ? key.created_by || undefined : undefined
  }
  if (!userId) return undefined
  const [member] = await scope.resolve<StaffAccessModuleService>(STAFF_ACCESS_MODULE).listStaffMembers({ user_id: userId }, { select: ["role", "is_active"] })
  if (!member) return { user_id: userId, role: null, is_active: true, via }
  const standing = { user_id: userId, role: isStaffRole(member.role) ? member.role : null, is_active: member.is_active }
  rememberStanding(actorKey, standing, readMark)
  return { ...standing, via }
}
