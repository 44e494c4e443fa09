import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateFaultTypeWorkflow } from "../../../../../../workflows/office/fault-types"

/** POST /admin/booking/fault-types/:id/reactivate: the fault type is offered to customers again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: fault_type } = await updateFaultTypeWorkflow(req.scope).run({ input: { id: req.params.id, is_active: true } })
  res.json({ fault_type })
}
