import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { ZoneChanges, ZoneTerritory } from "../types"
import { jsonList } from "./json"

/** What a zone will cover once the changes apply (404 if unknown): what the shop checks before the write. */
export const zoneTerritoryAfterStep = createStep("zone-territory-after", async (changes: ZoneChanges, { container }) => {
  const [zone] = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookingZones({ id: changes.id }, { select: ["id", "wilaya_codes", "commune_ids"] })
  if (!zone) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Zone introuvable : ${changes.id}`)
  const territory: ZoneTerritory = {
    wilaya_codes: changes.wilaya_codes ?? jsonList(zone.wilaya_codes),
    commune_ids: changes.commune_ids !== undefined ? changes.commune_ids : Array.isArray(zone.commune_ids) ? jsonList(zone.commune_ids) : null,
  }
  return new StepResponse(territory)
})
