import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentOfOrder, refuseUnknownInvoice, sendInvoicePdf } from "../../../../invoice-documents"
import type { InvoicePdfQuery } from "../../../../validators"

/** GET /admin/invoices/:id/pdf: any document, for the office. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, InvoicePdfQuery>, res: MedusaResponse) {
  const invoice = await documentOfOrder(req.scope, req.params.id, null)
  if (!invoice) return refuseUnknownInvoice(res)
  await sendInvoicePdf(res, invoice, req.validatedQuery.lang as InvoicePdfQuery["lang"])
}
