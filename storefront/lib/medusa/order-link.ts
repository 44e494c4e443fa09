import "server-only"
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import type { CustomerOrderStatus, OrderPaymentMethod } from "@mj-chauffage/shop-kernel/customer-order"
import { medusa } from "./client"
import { medusaFailure } from "./errors"

export type LinkedOrder = {
  id: string
  display_id: number
  created_at: string
  customer_status: CustomerOrderStatus
  /** How it is paid (backend/src/lib/orders/payment-method.ts): what a pending order waits for. */
  payment_method: OrderPaymentMethod
  payment_status?: string | null
  /** What was given back so far, in DA (0 when nothing); shown beside the total of a partly refunded order. */
  refunded_total?: number
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
  items: { id?: string; product_id?: string | null; product_title: string; variant_title?: string | null; quantity: number; total: number }[]
  shipping_address?: { first_name?: string; last_name?: string; address_1?: string; city?: string; province?: string; phone?: string } | null
  shipping_methods?: { name: string; data?: Record<string, unknown> | null }[] | null
}

export type OrderLinkResult = { order: LinkedOrder } | { problem: Extract<RefusalCode, "link_expired" | "link_invalid" | "order_not_found"> }

/** The order a signed link opens; the token is the only proof a guest has. */
export async function orderFromLink(token: string): Promise<OrderLinkResult> {
  if (!token || token.length > 2000) return { problem: "link_invalid" }
  try {
    const { order } = await medusa.client.fetch<{ order: LinkedOrder }>(`/store/order-links/${encodeURIComponent(token)}`, { cache: "no-store" })
    return { order }
  } catch (error) {
    const { code } = medusaFailure(error)
    if (code === "link_expired" || code === "link_invalid" || code === "order_not_found") return { problem: code }
    if (code === "invalid_input" || code === "invalid_request") return { problem: "link_invalid" }
    if (code === "not_found") return { problem: "order_not_found" }
    throw error
  }
}
