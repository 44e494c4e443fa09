/**
 * The six statuses a customer sees (order page, order list, signed link), derived from Medusa's own
 * order, payment, fulfillment and return states. We extended the original four rather than fold
 * returns and refunds into them: a customer who sent a part back must see that it arrived, and a
 * refunded order is neither "paid" nor "cancelled".
 *
 * Precedence, first match wins:
 * - CANCELLED: the order is cancelled (by the office, or a parcel refused at the door: its return is
 *   received but the order was never the customer's, and a paid order cancelled is refunded too).
 * - REFUNDED: refunded in full (Medusa's payment status "refunded"), whatever was returned.
 * - RETURNED: a return received (in full or in part) and no refund yet: the office checks the parts,
 *   then refunds. Once a partial refund is made the order shows again as below, with the refunded
 *   amount beside its total (refundedTotal).
 * - SHIPPED / PAID / PENDING as before: a delivered and paid order is PAID (settled: cash on
 *   delivery collected at the door); otherwise shipped before paid; paid once the payment is
 *   captured ("authorized" is not paid: cash on delivery stays authorized until the courier brings
 *   the money back); else pending. A partial refund keeps PAID or SHIPPED.
 */
import type { CustomerOrderStatus } from "@mj-chauffage/shop-kernel/customer-order"

export type MedusaOrderStatuses = {
  status: string
  payment_status: string
  fulfillment_status: string
  /** Medusa's returns of the order (requested, received…); absent when not read. */
  returns?: ReadonlyArray<{ status?: string | null } | null> | null
}

const SHIPPED_FULFILLMENT = new Set(["partially_shipped", "shipped", "partially_delivered", "delivered"])
const PAID_PAYMENT = new Set(["captured", "partially_captured", "partially_refunded"])
const RECEIVED_RETURN = new Set(["received", "partially_received"])

export function customerOrderStatus(order: MedusaOrderStatuses): CustomerOrderStatus {
  if (order.status === "canceled") return "CANCELLED"
  if (order.payment_status === "refunded") return "REFUNDED"
  const returnReceived = (order.returns ?? []).some((orderReturn) => RECEIVED_RETURN.has(orderReturn?.status ?? ""))
  if (returnReceived && order.payment_status !== "partially_refunded") return "RETURNED"
  if (order.fulfillment_status === "delivered" && PAID_PAYMENT.has(order.payment_status)) return "PAID"
  if (SHIPPED_FULFILLMENT.has(order.fulfillment_status)) return "SHIPPED"
  if (PAID_PAYMENT.has(order.payment_status)) return "PAID"
  return "PENDING"
}

/** What was given back to the customer so far, in DA: the sum of the payment collections' refunds. */
export function refundedTotal(order: { payment_collections?: ReadonlyArray<{ refunded_amount?: number | string | null } | null> | null }): number {
  return (order.payment_collections ?? []).reduce((sum, collection) => sum + Number(collection?.refunded_amount ?? 0), 0)
}
