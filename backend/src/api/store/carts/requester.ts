import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The additional_data key that tells the cart hooks which logged-in customer (if any) made the request. */
export const CART_REQUESTER_KEY = "mj_requested_by_customer"

/**
 * Written on every cart creation and update, after Medusa's validation and over anything the client
 * sent under that key: the workflow hooks (workflows/hooks/guest-cart-owner.ts) keep a cart away from an
 * account that did not ask for it.
 */
export function markCartRequester(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.validatedBody ?? {}) as { additional_data?: Record<string, unknown> | null }
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  const customerId = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  body.additional_data = { ...(body.additional_data ?? {}), [CART_REQUESTER_KEY]: customerId }
  next()
}
