import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTechnicianWorkflow } from "../../../../workflows/office/technicians"
import type { AdminCreateTechnicianType } from "../reference-validators"
import { readTechnician, readTechnicians } from "./read"

/** GET /admin/booking/technicians: every technician, active or not, with zones and linked user. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ technicians: await readTechnicians(req.scope) })
}

/** POST /admin/booking/technicians: a new technician (hours default to Sunday–Thursday 08–12, 13–17). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateTechnicianType>, res: MedusaResponse) {
  const { result } = await createTechnicianWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ technician: await readTechnician(req.scope, result.id) })
}
