import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openOrderLink } from "@mj-chauffage/shop-kernel/order-links"
import { customerOrderView } from "../../../../lib/orders/customer-order-view"

/**
 * GET /store/order-links/:token: the order a signed e-mail link points to, for a guest who is not
 * logged in. The token alone proves the right to see it; it carries its purpose and its expiry.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const opened = openOrderLink(req.params.token)
  if (!opened.ok) {
    res.status(opened.status).json(opened.body)
    return
  }
  const order = await customerOrderView(req.scope, opened.orderId)
  if (!order) {
    res.status(404).json(refusalBody("not_found", "order_not_found", "Cette commande n'existe plus."))
    return
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order })
}
