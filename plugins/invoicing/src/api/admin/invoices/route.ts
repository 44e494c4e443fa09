import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentsOfOrder } from "../../invoice-documents"
import type { OrderInvoicesQuery } from "../../validators"

/** GET /admin/invoices?order_id=: an order's invoice and credit notes, for the order page's widget. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, OrderInvoicesQuery>, res: MedusaResponse) {
  res.json({ invoices: await documentsOfOrder(req.scope, req.validatedQuery.order_id as string) })
}
