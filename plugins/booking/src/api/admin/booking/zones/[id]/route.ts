import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateBookingZoneWorkflow } from "../../../../../workflows/office/zones"
import type { AdminUpdateZoneType } from "../../reference-validators"

/** POST /admin/booking/zones/:id: change a zone's names, wilayas or communes. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateZoneType>, res: MedusaResponse) {
  const { result: zone } = await updateBookingZoneWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ zone })
}
