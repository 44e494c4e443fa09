import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownedAppointment } from "../owned"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import { readStoreVisit } from "../../../../../lib/store-visit/read-store-visit"

/** GET /store/booking/appointments/:id: one of the customer's visits. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await ownedAppointment(req)
  res.json({ appointment: await readStoreVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), id) })
}
