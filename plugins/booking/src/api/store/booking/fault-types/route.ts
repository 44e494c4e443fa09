import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

/** GET /store/booking/fault-types: what a customer can report, with the visit's length and fee (not those the office deactivated). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const fault_types = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listFaultTypes(
    { is_active: true },
    { select: ["id", "handle", "label_fr", "label_ar", "duration_minutes", "visit_fee", "urgency"], order: { handle: "ASC" } }
  )
  res.json({ fault_types })
}
