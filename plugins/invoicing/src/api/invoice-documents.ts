/**
 * What the invoice routes share: an order's documents as lists show them, and one document's PDF.
 * Who may see them is each route's business (its customer, its signed link, the office).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { shopLocale, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { invoiceFonts } from "../lib/pdf/invoice-fonts"
import { invoiceFileName, invoicePdf, type IssuedInvoice } from "../lib/pdf/invoice-pdf"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"

type StoredInvoice = Awaited<ReturnType<InvoicingModuleService["retrieveInvoice"]>>

const invoicing = (scope: MedusaContainer) => scope.resolve<InvoicingModuleService>(INVOICING_MODULE)

/** A document in a list: enough to name it and link its PDF. Amounts in centimes. */
export const invoiceSummary = (invoice: StoredInvoice) => ({
  id: invoice.id,
  number: invoice.number,
  kind: invoice.kind,
  order_id: invoice.order_id,
  credits_number: invoice.credits_number,
  issued_at: invoice.issued_at,
  total_ttc: invoice.total_ttc,
  currency_code: invoice.currency_code,
})

/** An order's invoice and credit notes, in the order of their numbers. */
export async function documentsOfOrder(scope: MedusaContainer, orderId: string) {
  const documents = await invoicing(scope).listInvoices({ order_id: orderId }, { order: { year: "ASC", sequence: "ASC" } })
  return documents.map(invoiceSummary)
}

/** One document if it is of `orderId` (any order when null), else null: a stranger's id is a 404 like a missing one. */
export async function documentOfOrder(scope: MedusaContainer, id: string, orderId: string | null): Promise<StoredInvoice | null> {
  const [invoice] = await invoicing(scope).listInvoices({ id })
  if (!invoice || (orderId !== null && invoice.order_id !== orderId)) return null
  return invoice
}

export function refuseUnknownInvoice(res: MedusaResponse): void {
  res.status(404).json(refusalBody("not_found", "invoice_not_found", "This invoice does not exist or is not yours."))
}

/** Sends the document as a PDF download, in `locale` or else the order's language. */
export async function sendInvoicePdf(res: MedusaResponse, invoice: StoredInvoice, locale: ShopLocale | undefined): Promise<void> {
  const pdf = await invoicePdf(invoice as unknown as IssuedInvoice, locale ?? shopLocale(invoice.locale), invoiceFonts())
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${invoiceFileName(invoice)}"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(pdf)
}
