import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openOrderLink } from "@mj-chauffage/shop-kernel/order-links"

/**
 * The order a signed order link (the e-mail's, the card return page's) opens, or null once the
 * refusal is sent: 410 `link_expired` past its date, 403 `link_invalid` otherwise, as the order route answers.
 */
export function orderOfLink(req: MedusaRequest, res: MedusaResponse): string | null {
  const opened = openOrderLink(req.params.token)
  if (opened.ok) return opened.orderId
  res.status(opened.status).json(opened.body)
  return null
}
