import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
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

export type PaidOrderRead = { order: PaidOrder; paymentMethod: string } | null

/** The order if it is paid (else null: nothing to invoice yet), with the provider of its captured payment. */
export const readPaidOrderStep = createStep("read-paid-order-for-invoice", async (input: { order_id: string }, { container }) => {
  const { result } = await getOrderDetailWorkflow(container).run({ input: { order_id: input.order_id, fields: INVOICE_ORDER_FIELDS, filters: { is_draft_order: false } } })
  const order = result as unknown as OrderWithPayments
  if (!PAID_STATUSES.includes(order.payment_status ?? "")) return new StepResponse<PaidOrderRead>(null)
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).filter((payment) => payment !== null)
  const captured = payments.find((payment) => payment.captured_at) ?? payments[0]
  return new StepResponse<PaidOrderRead>({ order, paymentMethod: captured?.provider_id ?? "" })
})
