import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { setStaffAccessWorkflow } from "../workflows/set-staff-access"

/**
 * Runs once, at the first `db:migrate` with staff roles: a shop that already has admin users keeps
 * one way in. The oldest user (the one `medusa user` made first) becomes admin; every other user has
 * no role until an admin gives one, and is refused meanwhile (deny by default). A new database has no
 * user yet: `npm run create-admin -- <email>` makes the first admin.
 */
export default async function firstAdmin({ container }: ExecArgs) {
  const [oldest] = await container.resolve(Modules.USER).listUsers({}, { select: ["id"], order: { created_at: "ASC" }, take: 1 })
  if (!oldest) return
  await setStaffAccessWorkflow(container).run({ input: { user_id: oldest.id, role: "admin", is_active: true } })
}
