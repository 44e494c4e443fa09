import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { ARABIC_CONTENT_LOCALE } from "@mj-chauffage/shop-kernel/locale"
import type { PaidOrder } from "../../lib/documents/invoice-draft"

/** The order fields an invoice is made of (totals computed by Medusa, tax included). */
const INVOICE_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "metadata",
  "currency_code",
  "total",
  "payment_status",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.tax_lines.rate",
  "shipping_methods.name",
  "shipping_methods.data",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_methods.tax_lines.rate",
  "billing_address.*",
  "shipping_address.*",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
]

/** An order is invoiced once its payment is captured in full (a refund later does not undo that). */
const PAID_STATUSES = ["captured", "partially_refunded", "refunded"]

type OrderWithPayments = PaidOrder & {
  payment_status?: string
  payment_collections?: Array<{ payments?: Array<{ provider_id: string; captured_at?: Date | string | null } | null> | null } | null> | null
}

export type PaidOrderRead = { order: PaidOrder; paymentMethod: string; arabicTitles: Record<string, string> } | null

type TranslatedProduct = { id: string; translations?: Array<{ locale_code?: string | null; translations?: Record<string, unknown> | null } | null> | null }

/** Product id → its title in the catalogue's Arabic (Medusa translations, ar-DZ), for the Arabic invoice. */
async function arabicTitles(container: MedusaContainer, order: PaidOrder): Promise<Record<string, string>> {
  const ids = [...new Set((order.items ?? []).map((item) => item?.product_id).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return {}
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "translations.locale_code", "translations.translations"], filters: { id: ids } })
  const titles: Record<string, string> = {}
  for (const product of data as TranslatedProduct[]) {
    const title = product.translations?.find((row) => row?.locale_code === ARABIC_CONTENT_LOCALE)?.translations?.title
    if (typeof title === "string" && title.trim()) titles[product.id] = title.trim()
  }
  return titles
}

/** The order if it is paid (else null: nothing to invoice yet), with the provider of its captured payment. */
export const readPaidOrderStep = createStep("read-paid-order-for-invoice", async (input: { order_id: string }, { container }) => {
  const { result } = await getOrderDetailWorkflow(container).run({ input: { order_id: input.order_id, fields: INVOICE_ORDER_FIELDS, filters: { is_draft_order: false } } })
  const order = result as unknown as OrderWithPayments
  if (!PAID_STATUSES.includes(order.payment_status ?? "")) return new StepResponse<PaidOrderRead>(null)
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment) => payment !== null)
  const captured = payments.find((payment) => payment.captured_at) ?? payments[0]
  return new StepResponse<PaidOrderRead>({ order, paymentMethod: captured?.provider_id ?? "", arabicTitles: await arabicTitles(container, order) })
})
