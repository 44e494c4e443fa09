/**
 * What the order page calls its total: still to pay (cash on delivery, not yet collected), paid
 * (the payment is captured: a card, or cash brought back by the courier), or just the total of a
 * cancelled or fully refunded order. Medusa's payment_status decides, as the backend's customer status does.
 */
import type { CustomerOrderStatus } from "@mj-chauffage/shop-kernel/customer-order"

export type OrderTotalWording = "toPay" | "paid" | "plain"

const PAID_PAYMENT = new Set(["captured", "partially_captured", "partially_refunded"])

export function orderTotalWording(order: { customer_status: CustomerOrderStatus; payment_status?: string | null }): OrderTotalWording {
  if (order.customer_status === "CANCELLED" || order.customer_status === "REFUNDED") return "plain"
  if (order.customer_status === "PAID" || PAID_PAYMENT.has(order.payment_status ?? "")) return "paid"
  return "toPay"
}

/** The amount to show as "partly refunded": only while the order is neither cancelled nor refunded in full. */
export function partlyRefunded(order: { customer_status: CustomerOrderStatus; refunded_total?: number | null }): number | null {
  if (order.customer_status === "CANCELLED" || order.customer_status === "REFUNDED") return null
  return order.refunded_total && order.refunded_total > 0 ? order.refunded_total : null
}
