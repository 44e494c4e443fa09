import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBookingZoneActiveWorkflow } from "../../../../../../workflows/office/zones"

/** POST /admin/booking/zones/:id/deactivate: the zone is no longer offered to customers nor bookable; its visits keep it. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result: zone } = await setBookingZoneActiveWorkflow(req.scope).run({ input: { id: req.params.id, is_active: false } })
  res.json({ zone })
}
