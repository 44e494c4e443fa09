import { isShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { invoicePdf } from "../../../../lib/medusa/invoices"
import { refusalWords } from "../../../../lib/medusa/refusal-text"

/**
 * An invoice or credit note PDF, in French or Arabic (`lang`): the logged-in customer's, or, with
 * `token`, one of the order a signed link opens (a guest's). Medusa checks that it is of that order.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/factures/[id]">) {
  const query = new URL(request.url).searchParams
  const locale = query.get("lang")
  const token = query.get("token")
  if (!isShopLocale(locale) || (token !== null && (!token || token.length > 2000))) return Response.json({ message: "Unknown invoice" }, { status: 404 })
  const pdf = await invoicePdf((await params).id, locale, token ? { token } : "account")
  if (!pdf) return Response.json({ message: await refusalWords("invoice_not_found", locale) }, { status: 404 })
  return new Response(pdf.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": pdf.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  })
}
