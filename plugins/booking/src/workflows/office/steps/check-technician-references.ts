import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import TechnicianUserLink from "../../../links/technician-user"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type TechnicianReferences = { technician_id?: string; zone_ids?: string[]; user_id?: string | null }

/**
 * Before a technician is written: every zone exists (400 unknown_zone), the admin user to link
 * exists (400 unknown_user) and is not already another technician's (409 user_already_technician).
 */
export const checkTechnicianReferencesStep = createStep("check-technician-references", async (input: TechnicianReferences, { container }) => {
  if (input.zone_ids?.length) {
    const zones = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookingZones({ id: input.zone_ids }, { select: ["id"] })
    const missing = input.zone_ids.filter((id) => !zones.some((zone) => zone.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Zone inconnue : ${missing.join(", ")}`, refusal("unknown_zone"))
  }
  if (input.user_id) {
    const [user] = await container.resolve(Modules.USER).listUsers({ id: input.user_id }, { select: ["id"] })
    if (!user) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Utilisateur inconnu : ${input.user_id}`, refusal("unknown_user"))
    const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: TechnicianUserLink.entryPoint,
      fields: ["technician_id", "user_id"],
      filters: { user_id: input.user_id },
    })
    const other = (links as Array<{ technician_id: string }>).find((link) => link.technician_id !== input.technician_id)
    if (other) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Cet utilisateur est déjà lié à un autre technicien : retirez-le d'abord de sa fiche.", refusal("user_already_technician"))
    }
  }
})
