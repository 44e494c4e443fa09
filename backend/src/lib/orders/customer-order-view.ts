import type { MedusaContainer } from "@medusajs/framework/types"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_MAIL_FIELDS } from "../mail/order-fields"
import { customerOrderStatus, refundedTotal } from "./customer-status"
import { ORDER_PAYMENT_FIELDS, orderPaymentMethod, type OrderPayments } from "./payment-method"

/** What a customer sees of an order: lines, totals, delivery, shipment and the status in their words. */
export const CUSTOMER_ORDER_FIELDS = [
  ...ORDER_MAIL_FIELDS.filter((field) => field !== "metadata" && field !== "email"),
  "created_at",
  "items.product_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "currency_code",
  // What the customer sees of the shipment: carrier, tracking number, date.
  "fulfillments.metadata",
  "fulfillments.shipped_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  // For the status (a return received: RETURNED) and the amount refunded so far; not shown as such.
  "returns.status",
  "payment_collections.refunded_amount",
  // How it is paid, in the customer's words (payment_method); the providers are not shown as such.
  ...ORDER_PAYMENT_FIELDS,
]

type ReturnsAndRefunds = {
  returns?: Array<{ status: string }> | null
  payment_collections?: Array<{ refunded_amount?: number | null } & NonNullable<OrderPayments["payment_collections"]>[number]> | null
}

/**
 * The status in the customer's words is one of six (PENDING, PAID, SHIPPED, RETURNED, REFUNDED,
 * CANCELLED): RETURNED once a return is received and nothing refunded yet, REFUNDED when refunded in
 * full; a partial refund keeps PAID or SHIPPED and shows `refunded_total` (customer-status.ts).
 * `payment_method` says what a PENDING order waits for: the courier's cash or a BaridPay transfer.
 *
 * One order as its customer (or the holder of its signed link) sees it, or null when it does not
 * exist. The caller has already proven the right to see it.
 */
export async function customerOrderView(scope: MedusaContainer, orderId: string) {
  const { result: order } = await getOrderDetailWorkflow(scope)
    .run({ input: { order_id: orderId, fields: CUSTOMER_ORDER_FIELDS, filters: { is_draft_order: false } } })
    // A deleted order is a 404 for its reader; any other failure stays an error.
    .catch((error: { type?: string }) => {
      if (error?.type === MedusaError.Types.NOT_FOUND) return { result: undefined }
      throw error
    })
  if (!order) return null
  // Read for the status and the refunded amount only, not shown as such.
  const { returns, payment_collections, ...shown } = order as unknown as Omit<typeof order, "returns" | "payment_collections"> & ReturnsAndRefunds
  return {
    ...shown,
    customer_status: customerOrderStatus({ ...shown, returns }),
    payment_method: orderPaymentMethod({ payment_collections }),
    refunded_total: refundedTotal({ payment_collections }),
  }
}
