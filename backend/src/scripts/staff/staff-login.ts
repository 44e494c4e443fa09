import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The admin user with this e-mail, made with an e-mail and password login when missing. Returns
 * whether it was made now (an existing user keeps their password).
 */
export async function ensureStaffLogin(container: MedusaContainer, email: string, password: string, name: { first_name?: string; last_name?: string } = {}) {
  const [existing] = await container.resolve(Modules.USER).listUsers({ email })
  if (existing) return { userId: existing.id, created: false }
  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email, ...name }] } })
  const user = result[0]!
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`Could not give ${email} a password: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return { userId: user.id, created: true }
}
