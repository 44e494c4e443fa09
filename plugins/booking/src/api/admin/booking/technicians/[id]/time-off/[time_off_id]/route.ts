import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTimeOffWorkflow } from "../../../../../../../workflows/office/time-off"

/** DELETE /admin/booking/technicians/:id/time-off/:time_off_id: the absence is cancelled. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteTimeOffWorkflow(req.scope).run({ input: { technician_id: req.params.id, id: req.params.time_off_id } })
  res.json({ id: req.params.time_off_id, object: "booking_time_off", deleted: true })
}
