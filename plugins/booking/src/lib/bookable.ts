/**
 * Whether customers may book in a zone for a fault type: both exist (400 unknown_zone /
 * unknown_fault_type) and the office has not deactivated them (400 zone_inactive /
 * fault_type_inactive). Read before slots are offered and before a visit is booked.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import type BookingModuleService from "../modules/booking/service"
import type { BookingReference } from "../modules/booking/reference-data"

export async function assertBookable(booking: BookingModuleService, zoneId: string, faultTypeId: string): Promise<BookingReference> {
  // The server's copy of the reference data (checked by its fingerprint), not two more reads per slot query.
  const reference = await booking.referenceData()
  const zone = reference.zones.get(zoneId)
  if (!zone) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Zone inconnue : ${zoneId}`, refusal("unknown_zone"))
  if (!zone.is_active) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Nous n'intervenons plus dans cette zone : choisissez-en une autre ou appelez-nous.", refusal("zone_inactive"))
  const faultType = reference.faultTypes.get(faultTypeId)
  if (!faultType) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Type de panne inconnu : ${faultTypeId}`, refusal("unknown_fault_type"))
  if (!faultType.is_active) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce type de panne ne se réserve plus en ligne : choisissez-en un autre ou appelez-nous.", refusal("fault_type_inactive"))
  }
  return reference
}
