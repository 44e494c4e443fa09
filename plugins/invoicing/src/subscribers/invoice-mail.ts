import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import type { BuyerSnapshot } from "../lib/documents/invoice-draft"
import { INVOICING_EVENTS } from "../lib/events"
import { renderInvoiceMail } from "../lib/mail/invoice-mail"
import { invoiceFonts } from "../lib/pdf/invoice-fonts"
import { invoiceFileName, invoicePdf, type IssuedInvoice } from "../lib/pdf/invoice-pdf"
import { INVOICING_MODULE, type InvoicingService } from "../modules/invoicing"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

/** Each new invoice or credit note, e-mailed once to the order's address with its PDF, in the order's language. */
export default async function invoiceMail({ event, container }: SubscriberArgs<{ id: string }>) {
  const [invoice] = await container.resolve<InvoicingService>(INVOICING_MODULE).listInvoices({ id: event.data.id })
  const email = (invoice?.buyer as BuyerSnapshot | undefined)?.email
  if (!invoice || !email) return
  const locale = shopLocale(invoice.locale)
  const pdf = await invoicePdf(invoice as unknown as IssuedInvoice, locale, invoiceFonts())
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: email,
    channel: "email",
    template: "invoice-issued",
    content: renderInvoiceMail({
      locale,
      kind: invoice.kind,
      number: invoice.number,
      credits_number: invoice.credits_number,
      order_display_id: invoice.order_display_id,
      total_ttc: invoice.total_ttc,
      order_url: orderPageUrl(invoice.order_id, locale),
    }),
    attachments: [{ content: pdf.toString("base64"), filename: invoiceFileName(invoice), content_type: "application/pdf" }],
    resource_type: "invoice",
    resource_id: invoice.id,
    idempotency_key: `invoice-issued-${invoice.id}`,
  })
}

export const config: SubscriberConfig = { event: INVOICING_EVENTS.issued }
