import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createStopDeskWorkflow } from "../../../../workflows/delivery-rates"
import type { AdminCreateStopDeskType } from "../validators"

/** POST /admin/delivery-rates/stop-desks: a new stop-desk, active at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStopDeskType>, res: MedusaResponse) {
  const { result: stop_desk } = await createStopDeskWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ stop_desk })
}
