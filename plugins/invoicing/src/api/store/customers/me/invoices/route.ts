import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { isCustomersOrder } from "../../../../customer-orders"
import { documentsOfOrder } from "../../../../invoice-documents"
import type { OrderInvoicesQuery } from "../../../../validators"

/** GET /store/customers/me/invoices?order_id=: the invoice and credit notes of one of the customer's orders. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, OrderInvoicesQuery>, res: MedusaResponse) {
  const orderId = req.validatedQuery.order_id as string
  if (!(await isCustomersOrder(req, orderId))) {
    res.status(404).json(refusalBody("not_found", "order_not_found", "This order does not exist or is not yours."))
    return
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ invoices: await documentsOfOrder(req.scope, orderId) })
}
