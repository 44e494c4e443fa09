/**
 * Which words the storefront gives an order's status, as a key of the "order" messages: a pending
 * order waits for the courier's cash or for a BaridPay transfer, and says which (the backend's
 * `payment_method`); every other status reads the same whatever the payment.
 */
import type { CustomerOrderStatus, OrderPaymentMethod } from "@mj-chauffage/shop-kernel/customer-order"

type StatusAndPayment = { customer_status: CustomerOrderStatus; payment_method: OrderPaymentMethod }

export function orderStatusKey(order: StatusAndPayment): string {
  if (order.customer_status === "PENDING" && order.payment_method === "baridpay") return "pendingBaridpay"
  return `statuses.${order.customer_status}`
}

/** The page's "we call you, then we ship, you pay at the door" line: only a pending cash-on-delivery order. */
export const awaitsCourierCash = (order: StatusAndPayment) => order.customer_status === "PENDING" && order.payment_method === "cash_on_delivery"
