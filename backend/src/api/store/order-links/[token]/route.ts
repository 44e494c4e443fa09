import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_LINK_PURPOSE } from "@mj-chauffage/shop-kernel/order-links"
import { customerOrderView } from "../../../../lib/orders/customer-order-view"
import { linkSigningSecret, verifyLink } from "@mj-chauffage/shop-kernel/signed-links"

/**
 * GET /store/order-links/:token: the order a signed e-mail link points to, for a guest who is not
 * logged in. The token alone proves the right to see it; it carries its purpose and its expiry.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const verification = verifyLink(req.params.token, ORDER_LINK_PURPOSE, linkSigningSecret())
  if (!verification.ok) {
    const expired = verification.reason === "expired"
    res
      .status(expired ? 410 : 403)
      .json(
        expired
          ? refusalBody("not_allowed", "link_expired", "Ce lien a expiré. Répondez à l'e-mail de commande pour en recevoir un nouveau.")
          : refusalBody("not_allowed", "link_invalid", "Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier.")
      )
    return
  }
  const order = await customerOrderView(req.scope, verification.subject)
  if (!order) {
    res.status(404).json(refusalBody("not_found", "order_not_found", "Cette commande n'existe plus."))
    return
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order })
}
