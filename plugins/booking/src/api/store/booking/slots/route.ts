import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { freeSlots } from "../../../../lib/availability/slots"
import { BOOKING_SETTINGS } from "../../../../lib/booking-settings"
import { assertBookable } from "../../../../lib/bookable"
import type { StoreSlotsQueryType } from "../validators"

/** GET /store/booking/slots?zone_id=&fault_type_id=&from=&to=: free visit slots, ISO 8601 UTC. */
export async function GET(req: MedusaRequest<unknown, StoreSlotsQueryType>, res: MedusaResponse) {
  const { zone_id, fault_type_id, from, to } = req.validatedQuery as StoreSlotsQueryType
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const reference = await assertBookable(booking, zone_id, fault_type_id)
  const inputs = await booking.availabilityInputs(zone_id, fault_type_id, from, to, undefined, reference)
  const slots = freeSlots({ ...inputs, now: Date.now(), settings: BOOKING_SETTINGS }).map((slot) => ({
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
  }))
  res.setHeader("Cache-Control", "no-store")
  res.json({ slots })
}
