import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setTechnicianActiveWorkflow } from "../../../../../../workflows/office/technicians"
import { readTechnician, visitsToReassign } from "../../read"

/**
 * POST /admin/booking/technicians/:id/deactivate: no new visit goes to them; their history stays,
 * and the answer lists their live visits to come, which the office reassigns.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await setTechnicianActiveWorkflow(req.scope).run({ input: { id: req.params.id, is_active: false } })
  res.json({ technician: await readTechnician(req.scope, req.params.id), future_visits: await visitsToReassign(req.scope, req.params.id) })
}
