import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stopDesksOf } from "../../../../lib/delivery/delivery-table"
import { readDeliveryTable } from "../../../../lib/delivery/read-delivery-table"
import type { StoreWilayaQueryType } from "../../territory/validators"

/** GET /store/delivery/stop-desks?wilaya=16: the pick-up points a customer of that wilaya can choose. */
export async function GET(req: MedusaRequest<unknown, StoreWilayaQueryType>, res: MedusaResponse) {
  const { wilaya } = req.validatedQuery as StoreWilayaQueryType
  const desks = stopDesksOf(await readDeliveryTable(req.scope), wilaya)
  // Short: the office adds and closes desks in Medusa Admin.
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ stop_desks: desks.map(({ id, wilaya_code, name_fr, name_ar }) => ({ id, wilaya_code, name_fr, name_ar })) })
}
