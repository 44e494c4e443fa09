import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { createFaultTypeWorkflow } from "../../../../workflows/office/fault-types"
import type { AdminCreateFaultTypeType } from "../reference-validators"

/** GET /admin/booking/fault-types: every fault type, active or not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const fault_types = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listFaultTypes({}, { order: { label_fr: "ASC" } })
  res.json({ fault_types })
}

/** POST /admin/booking/fault-types: a new fault type customers can report. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFaultTypeType>, res: MedusaResponse) {
  const { result: fault_type } = await createFaultTypeWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ fault_type })
}
