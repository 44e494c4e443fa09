import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreateZoneInput } from "../types"
import { freeHandle } from "./handle-free"
import { asJson } from "./json"

/** Writes a new zone (active); the compensation deletes it. */
export const createBookingZoneStep = createStep(
  "create-booking-zone",
  async (input: CreateZoneInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const handle = await freeHandle(input.handle, input.name_fr, async (candidate) => (await booking.listBookingZones({ handle: candidate }, { select: ["id"] })).length > 0)
    const zone = await booking.createBookingZones({
      handle,
      name_fr: input.name_fr,
      name_ar: input.name_ar,
      wilaya_codes: asJson(input.wilaya_codes),
      commune_ids: input.commune_ids ? asJson(input.commune_ids) : null,
      is_active: true,
    })
    return new StepResponse(zone, zone.id)
  },
  async (zoneId, { container }) => {
    if (!zoneId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteBookingZones(zoneId)
  }
)
