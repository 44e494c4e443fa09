import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_LINK_PURPOSE } from "@mj-chauffage/shop-kernel/order-links"
import { ORDER_MAIL_FIELDS } from "../../../../lib/mail/order-fields"
import { customerOrderStatus } from "../../../../lib/orders/customer-status"
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
  const { result: order } = await getOrderDetailWorkflow(req.scope)
    .run({
      input: {
        order_id: verification.subject,
        fields: [
          ...ORDER_MAIL_FIELDS.filter((field) => field !== "metadata" && field !== "email"),
          "created_at",
          "items.product_id",
          "status",
          "payment_status",
          "fulfillment_status",
          "currency_code",
          // What the customer sees of the shipment: carrier, tracking number, date.
          "fulfillments.metadata",
          "fulfillments.shipped_at",
          "fulfillments.labels.tracking_number",
          "fulfillments.labels.tracking_url",
        ],
        filters: { is_draft_order: false },
      },
    })
    // A deleted order is a 404 for the link holder; any other failure stays an error.
    .catch((error: { type?: string }) => {
      if (error?.type === MedusaError.Types.NOT_FOUND) return { result: undefined }
      throw error
    })
  if (!order) {
    res.status(404).json(refusalBody("not_found", "order_not_found", "Cette commande n'existe plus."))
    return
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order: { ...order, customer_status: customerOrderStatus(order) } })
}
