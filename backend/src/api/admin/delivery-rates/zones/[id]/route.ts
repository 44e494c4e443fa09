import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateDeliveryZoneWorkflow } from "../../../../../workflows/delivery-rates"
import type { AdminUpdateDeliveryZoneType } from "../../validators"

/** POST /admin/delivery-rates/zones/:id: a zone's names, prices (DA TTC), delays (days) or activity. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateDeliveryZoneType>, res: MedusaResponse) {
  const { result: zone } = await updateDeliveryZoneWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ zone })
}
