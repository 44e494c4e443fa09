import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_LINK_HANDOUT_MS, orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"


type CompletedCart = { id: string; completed_at: string | Date | null; order?: { id: string } | null }

/**
 * POST /store/carts/:id/order-link: the signed link token of the order a completed cart became, so
 * the storefront can open the confirmation page by signed link rather than by a bare order id.
 * The cart id (held by the buyer in an HttpOnly cookie) is the proof, as for the cart itself.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: req.params.id } })
  const cart = data[0] as CompletedCart | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart does not exist.", refusal("cart_not_found"))
  if (!cart.completed_at || !cart.order) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has not been ordered yet: complete it first.", refusal("cart_not_ordered"))
  }
  if (Date.now() - new Date(cart.completed_at).getTime() > ORDER_LINK_HANDOUT_MS) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was placed more than a day ago: use the link from its e-mail.", refusal("order_link_window_passed"))
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order_id: cart.order.id, token: orderLinkToken(cart.order.id) })
}
