/**
 * A repair visit's address is checked against the territory data before it is booked: a real
 * commune of its wilaya, and one of the zone's communes when the zone is limited to some (the
 * booking plugin itself refuses a wilaya outside the zone).
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { createAppointmentWorkflow } from "@mj-chauffage/booking/workflows/create-appointment"
import { OUTSIDE_ZONE_MESSAGE, zoneCommuneIds } from "@mj-chauffage/booking/lib/zones/zone-place"
import { findCommune } from "../../lib/territory/address-place"
import { refuseUnknownPlace } from "./address-refusal"

createAppointmentWorkflow.hooks.validate(async ({ input, zone }) => {
  const { wilaya_code, commune } = input.address
  refuseUnknownPlace({ province: wilaya_code, city: commune }, { complete: true })
  const communeIds = zoneCommuneIds(zone)
  if (communeIds && !communeIds.includes(findCommune(wilaya_code, commune)?.id ?? "")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, OUTSIDE_ZONE_MESSAGE, refusal("address_outside_zone"))
  }
})
