import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateFaultTypeWorkflow } from "../../../../../workflows/office/fault-types"
import type { AdminUpdateFaultTypeType } from "../../reference-validators"

/** POST /admin/booking/fault-types/:id: change labels, duration, visit fee, required skill or urgency. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFaultTypeType>, res: MedusaResponse) {
  const { result: fault_type } = await updateFaultTypeWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ fault_type })
}
