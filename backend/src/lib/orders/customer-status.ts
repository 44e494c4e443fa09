/**
 * The four statuses a customer sees (order page, e-mails, tracking), derived from Medusa's own
 * order, payment and fulfillment statuses. Precedence: cancelled, then shipped, then paid, except
 * that a delivered and paid order is PAID: it is settled (cash on delivery collected at the door).
 * Cash on delivery leaves the payment only "authorized" until the courier brings the money back,
 * so "authorized" is not "paid": an order counts as paid once its payment is captured.
 */
export type CustomerOrderStatus = "PENDING" | "PAID" | "SHIPPED" | "CANCELLED"

export type MedusaOrderStatuses = {
  status: string
  payment_status: string
  fulfillment_status: string
}

const SHIPPED_FULFILLMENT = new Set(["partially_shipped", "shipped", "partially_delivered", "delivered"])
const PAID_PAYMENT = new Set(["captured", "partially_captured", "partially_refunded"])

export function customerOrderStatus(order: MedusaOrderStatuses): CustomerOrderStatus {
  // A refused delivery is cancelled by the office; a fully refunded order is void for the customer.
  if (order.status === "canceled" || order.payment_status === "refunded") return "CANCELLED"
  if (order.fulfillment_status === "delivered" && PAID_PAYMENT.has(order.payment_status)) return "PAID"
  if (SHIPPED_FULFILLMENT.has(order.fulfillment_status)) return "SHIPPED"
  if (PAID_PAYMENT.has(order.payment_status)) return "PAID"
  return "PENDING"
}
