import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { setStaffAccessWorkflow } from "@mj-chauffage/staff-access/workflows"
import type { StaffRole } from "@mj-chauffage/staff-access/lib/permissions/roles"

/** An office user (an admin) and the bearer token the admin dashboard would hold for them. */
export async function adminHeaders(container: MedusaContainer, email = "bureau@mj-chauffage.dz") {
  return (await staffUser(container, email)).headers
}

/** A staff user with `role` (admin unless said; null: no role row at all): their id, the headers the dashboard would send for them, and `login()` for the headers of a later login. */
export async function staffUser(container: MedusaContainer, email: string, role: StaffRole | null = "admin") {
  const user = await container.resolve(Modules.USER).createUsers({ email, first_name: "Bureau" })
  if (role) await setStaffAccessWorkflow(container).run({ input: { user_id: user.id, role } })
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  return { userId: user.id, headers: staffHeaders(container, user.id, identity.id), login: () => staffHeaders(container, user.id, identity.id) }
}

/** The headers of a new login of this staff user (a fresh bearer token, as the dashboard gets at login). */
function staffHeaders(container: MedusaContainer, userId: string, authIdentityId: string) {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    { actor_id: userId, actor_type: "user", auth_identity_id: authIdentityId, app_metadata: { user_id: userId } },
    { secret: http.jwtSecret, expiresIn: "1h" }
  )
  return { authorization: `Bearer ${token}` }
}
