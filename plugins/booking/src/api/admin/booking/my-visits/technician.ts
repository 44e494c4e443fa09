import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import TechnicianUserLink from "../../../../links/technician-user"

/** The technician an admin user is (through the technician ↔ user link), if any. */
export async function technicianOfUser(scope: MedusaContainer, userId: string): Promise<string | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: TechnicianUserLink.entryPoint, fields: ["technician_id", "user_id"], filters: { user_id: userId } })
  return (data[0] as { technician_id?: string } | undefined)?.technician_id
}

export type TechnicianRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { technician_id: string }

/**
 * "Mes interventions" is for technicians: the logged-in user's technician is found on the server
 * (never taken from the request) and every route below reads and changes that technician's visits only.
 */
export async function onlyTechnicians(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const userId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  const technicianId = userId ? await technicianOfUser(req.scope, userId) : undefined
  if (!technicianId) {
    res.status(403).json(refusalBody("not_allowed", "not_a_technician", "Ce compte n'est lié à aucun technicien : « Mes interventions » est réservé aux techniciens."))
    return
  }
  ;(req as TechnicianRequest).technician_id = technicianId
  next()
}
