import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stopDesksOf } from "../../../../lib/delivery/stop-desks"
import type { StoreWilayaQueryType } from "../../territory/validators"

/** GET /store/delivery/stop-desks?wilaya=16: the pick-up points a customer of that wilaya can choose. */
export async function GET(req: MedusaRequest<unknown, StoreWilayaQueryType>, res: MedusaResponse) {
  const { wilaya } = req.validatedQuery as StoreWilayaQueryType
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ stop_desks: stopDesksOf(wilaya) })
}
