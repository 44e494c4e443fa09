import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateStopDeskWorkflow } from "../../../../../workflows/delivery-rates"
import type { AdminUpdateStopDeskType } from "../../validators"

/** POST /admin/delivery-rates/stop-desks/:id: changes a stop-desk; `is_active: false` deactivates it (orders keep its id). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateStopDeskType>, res: MedusaResponse) {
  const { result: stop_desk } = await updateStopDeskWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ stop_desk })
}
