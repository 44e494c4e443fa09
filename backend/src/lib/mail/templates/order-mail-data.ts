import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import type { OrderPaymentMethod } from "@mj-chauffage/shop-kernel/customer-order"

/** What the order subscribers gather for a customer e-mail (amounts in DZD, tax included). */
export type OrderMailData = {
  locale: ShopLocale
  display_id: number
  customer_name: string
  items: Array<{ title: string; variant: string | null; quantity: number; total: number }>
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  address_lines: string[]
  delivery_method: string
  stop_desk: string | null
  /** Paid by card already, or to pay in cash on delivery (after the shop's confirmation call). */
  payment: OrderPaymentMethod
  order_url: string
}

export type OrderShippedMailData = Pick<OrderMailData, "locale" | "display_id" | "customer_name" | "order_url"> & {
  carrier: string
  tracking_number: string
  tracking_url: string | null
}

export type OrderCancelledMailData = Pick<OrderMailData, "locale" | "display_id" | "customer_name" | "order_url" | "total">

/** One refund of an order's payment: its amount, and the payment's refunds up to it against what was paid. */
export type OrderRefundedMailData = Pick<OrderMailData, "locale" | "display_id" | "customer_name" | "order_url"> & {
  amount: number
  refunded_total: number
  paid_total: number
}
