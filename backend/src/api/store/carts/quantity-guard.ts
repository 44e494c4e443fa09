import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** No parts order needs more of one part; the column is a PostgreSQL integer anyway. */
export const MAX_LINE_QUANTITY = 10_000

/**
 * A line's quantity is a whole number from 1: Medusa's validator lets 1.5 through (then PostgreSQL
 * refuses it with a 500) and treats 0 as "remove the line". Both are refused here with a clear 400;
 * removing a line is DELETE /store/carts/:id/line-items/:line_id.
 */
export function refuseBadQuantity(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
  if (quantity === undefined && req.params.line_id) return next()
  if (typeof quantity === "number" && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY) return next()
  res.status(400).json(refusalBody("invalid_data", "invalid_quantity", `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}; to remove a line, delete it.`))
}
