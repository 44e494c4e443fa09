import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isCustomersOrder } from "../../../../../../customer-orders"
import { documentOfOrder, refuseUnknownInvoice, sendInvoicePdf } from "../../../../../../invoice-documents"
import type { InvoicePdfQuery } from "../../../../../../validators"

/** GET /store/customers/me/invoices/:id/pdf: one of the customer's invoices or credit notes; anyone else's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, InvoicePdfQuery>, res: MedusaResponse) {
  const invoice = await documentOfOrder(req.scope, req.params.id, null)
  if (!invoice || !(await isCustomersOrder(req, invoice.order_id))) return refuseUnknownInvoice(res)
  await sendInvoicePdf(res, invoice, req.validatedQuery.lang as InvoicePdfQuery["lang"])
}
