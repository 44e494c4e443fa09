/**
 * What the order page calls its total: still to pay (cash on delivery, not yet collected), paid
 * (the payment is captured: a card, or cash brought back by the courier), or just the total of a
 * cancelled order. Medusa's payment_status decides, as the backend's customer status does.
 */
export type OrderTotalWording = "toPay" | "paid" | "plain"

const PAID_PAYMENT = new Set(["captured", "partially_captured", "partially_refunded"])

export function orderTotalWording(order: { customer_status: string; payment_status?: string | null }): OrderTotalWording {
  if (order.customer_status === "CANCELLED") return "plain"
  if (order.customer_status === "PAID" || PAID_PAYMENT.has(order.payment_status ?? "")) return "paid"
  return "toPay"
}
