import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import TechnicianUserLink from "../../../links/technician-user"
import { BOOKING_MODULE } from "../../../modules/booking"

export type TechnicianUser = { technician_id: string; user_id?: string | null }

async function linkedUser(container: MedusaContainer, technicianId: string): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: TechnicianUserLink.entryPoint,
    fields: ["user_id"],
    filters: { technician_id: technicianId },
  })
  return (data as Array<{ user_id: string }>)[0]?.user_id ?? null
}

async function relink(container: MedusaContainer, technicianId: string, from: string | null, to: string | null) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const pair = (userId: string) => ({ [BOOKING_MODULE]: { technician_id: technicianId }, [Modules.USER]: { user_id: userId } })
  if (from) await link.dismiss(pair(from))
  if (to) await link.create(pair(to))
}

/**
 * Links the technician to the admin user they log in with (their "my visits" view), replacing a
 * previous link; null unlinks, undefined leaves the link alone. The compensation restores the previous link.
 */
export const setTechnicianUserStep = createStep(
  "set-technician-user",
  async (input: TechnicianUser, { container }) => {
    if (input.user_id === undefined) return new StepResponse(undefined)
    const previous = await linkedUser(container, input.technician_id)
    if (previous === input.user_id) return new StepResponse(undefined)
    await relink(container, input.technician_id, previous, input.user_id)
    return new StepResponse(undefined, { technician_id: input.technician_id, previous, next: input.user_id })
  },
  async (change, { container }) => {
    if (!change) return
    await relink(container, change.technician_id, change.next, change.previous)
  }
)
