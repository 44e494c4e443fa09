import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateFaultTypeWorkflow } from "../../../../../../workflows/office/fault-types"

/** POST /admin/booking/fault-types/:id/deactivate: the fault type is no longer offered to customers nor bookable; its visits keep it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: fault_type } = await updateFaultTypeWorkflow(req.scope).run({ input: { id: req.params.id, is_active: false } })
  res.json({ fault_type })
}
