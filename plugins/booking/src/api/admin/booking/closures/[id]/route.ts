import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteClosureWorkflow } from "../../../../../workflows/office/closures"

/** DELETE /admin/booking/closures/:id: the day is open again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteClosureWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "booking_closure", deleted: true })
}
