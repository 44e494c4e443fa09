import "server-only"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { customerAuthHeaders } from "../account/session"
import { medusa } from "./client"
import { medusaFailure } from "./errors"

/** An invoice or credit note as the order pages list it (amounts in centimes). */
export type InvoiceDocument = { id: string; number: string; kind: "invoice" | "credit_note"; credits_number: string | null; issued_at: string; total_ttc: number }

/** Where the PDF is read from: the logged-in customer's account, or the order's signed link (a guest). */
export type InvoiceAccess = { token: string } | "account"

const INVOICE_ID = /^inv_[0-9A-Z]{26}$/

function listPath(orderId: string, access: InvoiceAccess) {
  return access === "account" ? `/store/customers/me/invoices?order_id=${encodeURIComponent(orderId)}` : `/store/order-links/${encodeURIComponent(access.token)}/invoices`
}

/** The order's invoice and credit notes (none yet while it is unpaid); an order that is not the reader's has none. */
export async function orderInvoices(orderId: string, access: InvoiceAccess): Promise<InvoiceDocument[]> {
  try {
    const headers = access === "account" ? await customerAuthHeaders() : undefined
    return (await medusa.client.fetch<{ invoices: InvoiceDocument[] }>(listPath(orderId, access), { headers, cache: "no-store" })).invoices
  } catch (error) {
    if ([401, 403, 404, 410].includes(medusaFailure(error).status)) return []
    throw error
  }
}

/** One document's PDF from Medusa, or null when it is not the reader's (or not there): the same 404 either way. */
export async function invoicePdf(id: string, locale: ShopLocale, access: InvoiceAccess): Promise<Response | null> {
  if (!INVOICE_ID.test(id)) return null
  const path = access === "account" ? `/store/customers/me/invoices/${id}/pdf` : `/store/order-links/${encodeURIComponent(access.token)}/invoices/${id}/pdf`
  try {
    const headers = { ...(access === "account" ? await customerAuthHeaders() : {}), accept: "application/pdf" }
    return await medusa.client.fetch<Response>(path, { query: { lang: locale }, headers, cache: "no-store" })
  } catch (error) {
    if ([401, 403, 404, 410].includes(medusaFailure(error).status)) return null
    throw error
  }
}
