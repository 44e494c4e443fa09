import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { setStaffAccessWorkflow } from "@mj-chauffage/staff-access/workflows"
import type { StaffRole } from "@mj-chauffage/staff-access/lib/permissions/roles"

/** An office user (an admin) and the bearer token the admin dashboard would hold for them. */
export async function adminHeaders(container: MedusaContainer, email = "bureau@mj-chauffage.dz") {
  return (await staffUser(container, email)).headers
}

/** A staff user with `role` (admin unless said; null: no role row at all): their id, and the headers the dashboard would send for them. */
export async function staffUser(container: MedusaContainer, email: string, role: StaffRole | null = "admin") {
  const user = await container.resolve(Modules.USER).createUsers({ email, first_name: "Bureau" })
  if (role) await setStaffAccessWorkflow(container).run({ input: { user_id: user.id, role } })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: http.jwtSecret, expiresIn: "1h" }
  )
  return { userId: user.id, headers: { authorization: `Bearer ${token}` } }
}
