import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wilayasInEffect } from "../../../../lib/territory/reference"

/** GET /admin/territory/wilayas: the wilayas in effect today, for the office's zone editor. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ wilayas: wilayasInEffect() })
}
