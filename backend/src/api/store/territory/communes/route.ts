import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communesInEffect, findWilaya } from "../../../../lib/territory/reference"
import type { StoreWilayaQueryType } from "../validators"

/** GET /store/territory/communes?wilaya=16: the wilaya's communes in effect today. */
export async function GET(req: MedusaRequest<unknown, StoreWilayaQueryType>, res: MedusaResponse) {
  const { wilaya } = req.validatedQuery as StoreWilayaQueryType
  if (!findWilaya(wilaya)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No wilaya has the code ${wilaya}`, refusal("unknown_wilaya"))
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ communes: communesInEffect(wilaya) })
}
