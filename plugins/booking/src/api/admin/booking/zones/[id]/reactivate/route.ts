import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBookingZoneActiveWorkflow } from "../../../../../../workflows/office/zones"

/** POST /admin/booking/zones/:id/reactivate: the zone is offered to customers again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: zone } = await setBookingZoneActiveWorkflow(req.scope).run({ input: { id: req.params.id, is_active: true } })
  res.json({ zone })
}
