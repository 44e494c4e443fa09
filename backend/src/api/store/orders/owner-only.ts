import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * An order is read through the Store API only by the logged-in customer it belongs to; a guest opens
 * theirs with the signed link of its e-mail (/store/order-links/:token). Anyone else gets the same
 * 404 as for an order that does not exist, so an order id alone reveals nothing (not even that it
 * exists). Medusa's own GET /store/orders/:id answers anyone holding the id.
 */
const ORDER_NOT_FOUND = refusalBody("not_found", "order_not_found", "This order does not exist or is not yours: log in, or open it from the link in its e-mail.")

async function ownsOrder(req: MedusaRequest, orderId: unknown): Promise<boolean> {
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  if (!auth?.actor_id || auth.actor_type !== "customer" || typeof orderId !== "string" || !orderId) return false
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  return (data[0] as { customer_id?: string | null } | undefined)?.customer_id === auth.actor_id
}

/** For routes naming the order in the path (:id). */
export async function onlyOrderOwner(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (await ownsOrder(req, req.params.id)) return next()
  res.status(404).json(ORDER_NOT_FOUND)
}

/** For routes naming the order in the body (order_id), e.g. a return request. */
export async function onlyOrderOwnerOfBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (await ownsOrder(req, (req.body as { order_id?: unknown } | undefined)?.order_id)) return next()
  res.status(404).json(ORDER_NOT_FOUND)
}

/**
 * Medusa's order transfer lets any logged-in customer ask for a guest order by id (and answers the
 * whole order). This shop does not move guest orders into accounts: the routes answer 404.
 */
export function refuseOrderTransfer(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json(refusalBody("not_found", "order_transfer_unavailable", "Orders are not transferred between accounts in this shop: open a guest order from the link in its e-mail."))
}
