/**
 * Development only (`npm run dev` runs it after the seed): each seeded technician gets an admin login,
 * `prenom.nom@mj-chauffage.local`, linked to their Technician so "Mes interventions" shows their
 * visits. The password is DEV_TECHNICIAN_PASSWORD (generated and printed by `npm run dev`). Refuses
 * to run in production: no seeded accounts there.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import TechnicianUserLink from "@mj-chauffage/booking/links/technician-user"
import { devTechnicianEmail } from "./seed/technician-logins"

type Booking = { listTechnicians(filters: object): Promise<Array<{ id: string; name: string }>> }

export default async function devTechnicianLogins({ container }: ExecArgs) {
  if (process.env.NODE_ENV === "production") throw new Error("Technician logins are seeded in development only.")
  const password = process.env.DEV_TECHNICIAN_PASSWORD
  if (!password || password.length < 12) throw new Error("DEV_TECHNICIAN_PASSWORD (12 characters or more) is required.")
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const technicians = await container.resolve<Booking>("booking").listTechnicians({})
  const { data: links } = await query.graph({ entity: TechnicianUserLink.entryPoint, fields: ["technician_id"] })
  const linked = new Set((links as Array<{ technician_id: string }>).map((row) => row.technician_id))
  for (const technician of technicians.filter((entry) => !linked.has(entry.id))) {
    const email = devTechnicianEmail(technician.name)
    const [first_name, ...rest] = technician.name.split(" ")
    let [user] = await users.listUsers({ email })
    if (!user) {
      const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email, first_name, last_name: rest.join(" ") }] } })
      user = result[0]!
      const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
      if (error || !authIdentity) throw new Error(`Could not give ${email} a password: ${error}`)
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
    }
    await link.create({ booking: { technician_id: technician.id }, [Modules.USER]: { user_id: user.id } })
    logger.info(`Technician login ${email} linked to ${technician.name}`)
  }
}
