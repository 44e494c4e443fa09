import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communesInEffect, findWilaya } from "../../../../lib/territory/reference"
import type { StoreWilayaQueryType } from "../../../store/territory/validators"

/** GET /admin/territory/communes?wilaya=16: the wilaya's communes in effect today, for the office's zone editor. */
export async function GET(req: MedusaRequest<unknown, StoreWilayaQueryType>, res: MedusaResponse) {
  const { wilaya } = req.validatedQuery as StoreWilayaQueryType
  if (!findWilaya(wilaya)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aucune wilaya n'a le code ${wilaya}`, refusal("unknown_wilaya"))
  res.json({ communes: communesInEffect(wilaya) })
}
