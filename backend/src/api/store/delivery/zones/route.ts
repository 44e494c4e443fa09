import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readDeliveryTable } from "../../../../lib/delivery/read-delivery-table"

/** GET /store/delivery/zones: active delivery zones with their wilayas, prices (DZD TTC) and delays. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { zones } = await readDeliveryTable(req.scope)
  // Short: the office changes prices in Medusa Admin; checkout prices each cart on the server anyway.
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ zones })
}
