import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

/** GET /store/booking/zones: the areas where technicians visit (not those the office deactivated). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const zones = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listBookingZones(
    { is_active: true },
    { select: ["id", "handle", "name_fr", "name_ar", "wilaya_codes", "commune_ids"], order: { handle: "ASC" } }
  )
  res.json({ zones })
}
