import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentsOfOrder } from "../../../../invoice-documents"
import { orderOfLink } from "../../../../order-link"

/** GET /store/order-links/:token/invoices: the documents of the order a signed link opens (a guest's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const orderId = orderOfLink(req, res)
  if (!orderId) return
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ invoices: await documentsOfOrder(req.scope, orderId) })
}
