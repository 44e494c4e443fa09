import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignDeliveryWilayasWorkflow } from "../../../../workflows/delivery-rates"
import type { AdminAssignDeliveryWilayasType } from "../validators"

/** POST /admin/delivery-rates/wilayas: moves wilayas to a zone (zone_id null: not delivered). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignDeliveryWilayasType>, res: MedusaResponse) {
  const { result: assignments } = await assignDeliveryWilayasWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ assignments })
}
