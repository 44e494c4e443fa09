import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setTechnicianActiveWorkflow } from "../../../../../../workflows/office/technicians"
import { readTechnician } from "../../read"

/** POST /admin/booking/technicians/:id/reactivate: the technician is offered for new visits again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setTechnicianActiveWorkflow(req.scope).run({ input: { id: req.params.id, is_active: true } })
  res.json({ technician: await readTechnician(req.scope, req.params.id) })
}
