import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { customerOrderView } from "../../../../../../lib/orders/customer-order-view"

/**
 * GET /store/customers/me/order-history/:id: one of the customer's orders (onlyOrderOwner has made
 * another's order the same 404 as a missing one).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const order = await customerOrderView(req.scope, req.params.id)
  if (!order) {
    res.status(404).json(refusalBody("not_found", "order_not_found", "This order does not exist or is not yours."))
    return
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order })
}
