/**
 * A staff account deactivated in Medusa Admin (plugins/staff-access) is refused at once by the guard;
 * its sessions and tokens are also ended here, as a logout would (api/auth/revoked-sessions.ts), so
 * that a later reactivation lets the person back in only through a new login.
 */
import { Modules } from "@medusajs/framework/utils"
import { setStaffAccessWorkflow } from "@mj-chauffage/staff-access/workflows"
import { revokeSessions } from "../../api/auth/revoked-sessions"

setStaffAccessWorkflow.hooks.staffAccessChanged(async ({ before, after }, { container }) => {
  if (!before.is_active || after.is_active) return
  const identities = await container.resolve(Modules.AUTH).listAuthIdentities({ app_metadata: { user_id: after.user_id } }, { select: ["id"] })
  for (const identity of identities) await revokeSessions(container, identity.id)
})
