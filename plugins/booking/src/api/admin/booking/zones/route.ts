import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { createBookingZoneWorkflow } from "../../../../workflows/office/zones"
import type { AdminCreateZoneType } from "../reference-validators"

/** GET /admin/booking/zones: every zone, active or not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const zones = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listBookingZones({}, { order: { name_fr: "ASC" } })
  res.json({ zones })
}

/** POST /admin/booking/zones: a new zone (its wilayas and communes checked against the territory data). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateZoneType>, res: MedusaResponse) {
  const { result: zone } = await createBookingZoneWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ zone })
}
