import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"

/** An office user and the bearer token the admin dashboard would hold for them. */
export async function adminHeaders(container: MedusaContainer, email = "bureau@mj-chauffage.dz") {
  return (await staffUser(container, email)).headers
}

/** A staff user: their id, and the headers the dashboard would send for them. */
export async function staffUser(container: MedusaContainer, email: string) {
  const user = await container.resolve(Modules.USER).createUsers({ email, first_name: "Bureau" })
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
