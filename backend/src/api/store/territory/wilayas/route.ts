import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wilayasInEffect } from "../../../../lib/territory/reference"

/** GET /store/territory/wilayas: the wilayas in effect today, French and Arabic names. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ wilayas: wilayasInEffect() })
}
