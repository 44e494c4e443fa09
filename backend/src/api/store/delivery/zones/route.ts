import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_ZONES } from "../../../../lib/delivery/zones"

/** GET /store/delivery/zones: delivery zones with their wilayas, prices (DZD TTC) and delays. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ zones: DELIVERY_ZONES })
}
