import type { SatimPaymentStatus } from "./payment-status"
import type { CardRefundReason } from "../card/refund-reasons"
import { REJECTED_PAYMENT_MESSAGE, SATIM_TOLL_FREE_NUMBER } from "./rejected-message"

/**
 * What the storefront shows after SATIM sends the customer back: for a payment, the receipt SATIM's
 * certification asks for (response text, SATIM order id, our order number, approval code, date and
 * time, amount, means of payment, 3020); for a failure, the message to show. No card number beyond
 * SATIM's own masked one, and not the cart id (the storefront's bearer secret for the cart): whoever
 * holds SATIM's order id reads this.
 */
export type PaymentRecord = {
  status: SatimPaymentStatus
  order_number: string
  satim_order_id: string | null
  cart_id: string
  order_id: string | null
  amount_centimes: number
  decided_at: Date | string | null
  answer: Record<string, unknown> | null
  failure: string | null
  refund_reason?: CardRefundReason | null
}

export type PaymentReceipt = {
  status: SatimPaymentStatus
  order_number: string
  satim_order_id: string | null
  order_id: string | null
  /** The shop's order number (the order's display_id) once the payment became an order; see withShopOrderNumber. */
  shop_order_number: number | null
  amount: number
  currency_code: "dzd"
  approval_code: string | null
  response_description: string | null
  card: string | null
  paid_at: string | null
  means: "CIB / Edahabia"
  toll_free_number: string
  /** For a rejected payment: the fixed message in the three languages. */
  rejected_message?: typeof REJECTED_PAYMENT_MESSAGE
  /** For a declined payment: SATIM's own words (respCode_desc, else actionCodeDescription). */
  decline_message?: string | null
  /** For a payment the shop gave back by itself: why (out of stock, cart already ordered, page replaced). */
  refund_reason?: CardRefundReason | null
}

const text = (value: unknown) => (typeof value === "string" && value ? value : null)

/** `shopOrderNumber`: the display_id of the order the payment became (read by the caller), else null. */
export function paymentReceipt(record: PaymentRecord, shopOrderNumber: number | null = null): PaymentReceipt {
  const answer = record.answer ?? {}
  const decidedAt = record.decided_at ? new Date(record.decided_at).toISOString() : null
  return {
    status: record.status,
    order_number: record.order_number,
    satim_order_id: record.satim_order_id,
    order_id: record.order_id,
    shop_order_number: record.order_id ? shopOrderNumber : null,
    amount: record.amount_centimes / 100,
    currency_code: "dzd",
    approval_code: text(answer.approvalCode),
    response_description: text(answer.respCodeDescription),
    card: text(answer.maskedPan),
    paid_at: record.status === "paid" || record.status === "refunded" ? decidedAt : null,
    means: "CIB / Edahabia",
    toll_free_number: SATIM_TOLL_FREE_NUMBER,
    ...(record.status === "rejected" ? { rejected_message: REJECTED_PAYMENT_MESSAGE } : {}),
    ...(record.status === "refunded" ? { refund_reason: record.refund_reason ?? null } : {}),
    ...(record.status === "declined" ? { decline_message: text(answer.respCodeDescription) ?? text(answer.actionCodeDescription) ?? text(answer.errorMessage) } : {}),
  }
}

type Query = { graph(config: { entity: "order"; fields: string[]; filters: { id: string } }): Promise<{ data: unknown[] }> }

/** The shop's order number (display_id) of the order a payment became: what the customer knows it by. */
export async function shopOrderNumber(query: Query, orderId: string | null): Promise<number | null> {
  if (!orderId) return null
  const { data } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: orderId } })
  const displayId = (data[0] as { display_id?: unknown } | undefined)?.display_id
  return typeof displayId === "number" ? displayId : null
}
