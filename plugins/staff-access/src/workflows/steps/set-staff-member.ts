import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { STAFF_ACCESS_MODULE } from "../../modules/staff-access"
import type StaffAccessModuleService from "../../modules/staff-access/service"
import type { StaffRole } from "../../lib/permissions/roles"
import { forgetStanding } from "../../lib/access/standing-cache"

export type StaffAccessChange = { user_id: string; role?: StaffRole; is_active?: boolean }
export type StaffAccessState = { user_id: string; role: StaffRole | null; is_active: boolean }

type Previous = { user_id: string; id?: string; role?: StaffRole; is_active?: boolean; created: boolean }

/**
 * Sets a user's role and/or active flag (creating their staff row the first time). Refuses to leave
 * the shop without an active admin. Compensation puts the row back as it was (or removes a new one).
 */
export const setStaffMemberStep = createStep(
  "set-staff-member",
  async (change: StaffAccessChange, { container }) => {
    const [user] = await container.resolve(Modules.USER).listUsers({ id: change.user_id }, { select: ["id"] })
    if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No admin user ${change.user_id}.`, refusal("unknown_user"))
    const staff = container.resolve<StaffAccessModuleService>(STAFF_ACCESS_MODULE)
    const [existing] = await staff.listStaffMembers({ user_id: change.user_id })
    const next = { role: change.role ?? (existing?.role as StaffRole | undefined), is_active: change.is_active ?? existing?.is_active ?? true }
    if (!next.role) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Donnez d'abord un rôle à ce compte.", refusal("staff_no_role"))
    const stopsBeingAdmin = existing?.role === "admin" && existing.is_active && (next.role !== "admin" || !next.is_active)
    if (stopsBeingAdmin) {
      const activeAdmins = await staff.listStaffMembers({ role: "admin", is_active: true }, { select: ["id"] })
      if (activeAdmins.length <= 1) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "C'est le dernier administrateur actif : nommez-en un autre d'abord.", refusal("staff_last_admin"))
      }
    }
    const saved = existing
      ? await staff.updateStaffMembers({ id: existing.id, ...next })
      : await staff.createStaffMembers({ user_id: change.user_id, ...next })
    forgetStanding(change.user_id)
    const previous: Previous = existing
      ? { user_id: change.user_id, id: existing.id, role: existing.role as StaffRole, is_active: existing.is_active, created: false }
      : { user_id: change.user_id, id: saved.id, created: true }
    const before: StaffAccessState = { user_id: change.user_id, role: (existing?.role as StaffRole | undefined) ?? null, is_active: existing?.is_active ?? true }
    const after: StaffAccessState = { user_id: change.user_id, role: saved.role as StaffRole, is_active: saved.is_active }
    return new StepResponse({ before, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.id) return
    const staff = container.resolve<StaffAccessModuleService>(STAFF_ACCESS_MODULE)
    if (previous.created) await staff.deleteStaffMembers(previous.id)
    else await staff.updateStaffMembers({ id: previous.id, role: previous.role, is_active: previous.is_active })
    forgetStanding(previous.user_id)
  }
)
