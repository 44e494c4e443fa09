import type { MedusaContainer } from "@medusajs/framework/types"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_MAIL_FIELDS } from "../mail/order-fields"
import { customerOrderStatus } from "./customer-status"

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
]

/**
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
  return order ? { ...order, customer_status: customerOrderStatus(order) } : null
}
