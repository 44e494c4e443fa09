import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentOfOrder, refuseUnknownInvoice, sendInvoicePdf } from "../../../../../../invoice-documents"
import { orderOfLink } from "../../../../../../order-link"
import type { InvoicePdfQuery } from "../../../../../../validators"

/** GET /store/order-links/:token/invoices/:id/pdf: a document of the link's order; another order's is a 404. */
export async function GET(req: MedusaRequest<unknown, InvoicePdfQuery>, res: MedusaResponse) {
  const orderId = orderOfLink(req, res)
  if (!orderId) return
  const invoice = await documentOfOrder(req.scope, req.params.id, orderId)
  if (!invoice) return refuseUnknownInvoice(res)
  await sendInvoicePdf(res, invoice, req.validatedQuery.lang as InvoicePdfQuery["lang"])
}
