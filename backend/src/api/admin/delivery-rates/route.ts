import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ratesOf } from "../../../workflows/delivery-rates/steps/rates"

/** GET /admin/delivery-rates: every zone (active or not) with its wilayas, and every stop-desk. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rates = ratesOf(req.scope)
  const [zones, stopDesks] = await Promise.all([
    rates.listDeliveryZones({}, { relations: ["wilayas"], order: { rank: "ASC", handle: "ASC" }, take: null }),
    rates.listStopDesks({}, { order: { wilaya_code: "ASC", name_fr: "ASC" }, take: null }),
  ])
  res.json({
    zones: zones.map(({ wilayas, ...zone }) => ({ ...zone, wilayas: (wilayas ?? []).map((row) => row.wilaya_code).sort() })),
    stop_desks: stopDesks,
  })
}
