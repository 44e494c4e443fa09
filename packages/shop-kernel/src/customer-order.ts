/**
 * What the Store API tells a customer of an order and every client reads (the storefront, the
 * e-mails): the order's status in the customer's words, and how it is paid. The backend derives both
 * from Medusa's order (backend/src/lib/orders/customer-status.ts and payment-method.ts).
 */

/** The six statuses a customer sees; the backend's customer-status.ts says which wins when. */
export const CUSTOMER_ORDER_STATUSES = ["PENDING", "PAID", "SHIPPED", "RETURNED", "REFUNDED", "CANCELLED"] as const
export type CustomerOrderStatus = (typeof CUSTOMER_ORDER_STATUSES)[number]

/** By card (SATIM or Chargily: CIB / Edahabia), cash on delivery, or BaridPay (confirmed by the office). */
export const ORDER_PAYMENT_METHODS = ["card", "cash_on_delivery", "baridpay"] as const
export type OrderPaymentMethod = (typeof ORDER_PAYMENT_METHODS)[number]
