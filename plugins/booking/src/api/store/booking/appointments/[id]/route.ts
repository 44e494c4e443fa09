import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownedAppointment } from "../owned"

/** GET /store/booking/appointments/:id: one of the customer's visits. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ appointment: await ownedAppointment(req) })
}
