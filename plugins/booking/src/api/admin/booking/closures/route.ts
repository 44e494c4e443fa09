import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { createClosureWorkflow } from "../../../../workflows/office/closures"
import type { AdminCreateClosureType } from "../reference-validators"

/** GET /admin/booking/closures: the days the company is closed, earliest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const closures = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listBookingClosures({}, { order: { date: "ASC" } })
  res.json({ closures })
}

/** POST /admin/booking/closures: close the company on a date (409 closure_date_taken if it already is). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateClosureType>, res: MedusaResponse) {
  const { result: closure } = await createClosureWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ closure })
}
