import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { ZoneChanges } from "../types"
import { asJson, jsonList } from "./json"

const record = ({ wilaya_codes, commune_ids, ...plain }: ZoneChanges) => ({
  ...plain,
  ...(wilaya_codes !== undefined && { wilaya_codes: asJson(wilaya_codes) }),
  ...(commune_ids !== undefined && { commune_ids: commune_ids ? asJson(commune_ids) : null }),
})

/** Applies the changes to a zone (404 if unknown); the compensation puts the previous values back. */
export const updateBookingZoneStep = createStep(
  "update-booking-zone",
  async (changes: ZoneChanges, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [before] = await booking.listBookingZones({ id: changes.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Zone introuvable : ${changes.id}`)
    const previous: ZoneChanges = {
      id: before.id,
      name_fr: before.name_fr,
      name_ar: before.name_ar,
      wilaya_codes: jsonList(before.wilaya_codes),
      commune_ids: Array.isArray(before.commune_ids) ? jsonList(before.commune_ids) : null,
      is_active: before.is_active,
    }
    const zone = await booking.updateBookingZones(record(changes))
    return new StepResponse(zone, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookingZones(record(previous))
  }
)
