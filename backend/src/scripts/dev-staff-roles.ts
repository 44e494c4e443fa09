/**
 * Development only (`npm run dev` runs it after the technician logins): one login per staff role.
 * The development admin (made by `medusa user`) becomes admin, a manager login is made with
 * DEV_MANAGER_PASSWORD, and each seeded technician's login gets the technician role. Refuses to run
 * in production: no seeded accounts there.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import TechnicianUserLink from "@mj-chauffage/booking/links/technician-user"
import { setStaffAccessWorkflow } from "@mj-chauffage/staff-access/workflows"
import { ensureStaffLogin } from "./staff/staff-login"

export default async function devStaffRoles({ container }: ExecArgs) {
  if (process.env.NODE_ENV === "production") throw new Error("Staff logins are seeded in development only.")
  const { DEV_ADMIN_EMAIL: adminEmail, DEV_MANAGER_EMAIL: managerEmail, DEV_MANAGER_PASSWORD: managerPassword } = process.env
  if (!adminEmail || !managerEmail || !managerPassword || managerPassword.length < 12) {
    throw new Error("DEV_ADMIN_EMAIL, DEV_MANAGER_EMAIL and DEV_MANAGER_PASSWORD (12 characters or more) are required.")
  }
  const setRole = (user_id: string, role: "admin" | "manager" | "technician") => setStaffAccessWorkflow(container).run({ input: { user_id, role } })
  const [admin] = await container.resolve(Modules.USER).listUsers({ email: adminEmail })
  if (!admin) throw new Error(`${adminEmail} does not exist: it is made before this script.`)
  await setRole(admin.id, "admin")
  const manager = await ensureStaffLogin(container, managerEmail, managerPassword, { first_name: "Gérant", last_name: "Démo" })
  await setRole(manager.userId, "manager")
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: TechnicianUserLink.entryPoint, fields: ["user_id"] })
  for (const { user_id } of links as Array<{ user_id: string }>) await setRole(user_id, "technician")
}
