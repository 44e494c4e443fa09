/**
 * The refund e-mails of a payment: one per refund, each with the payment's refunds up to it
 * (oldest first) against the amount paid, so a partial refund says what is left and the last one
 * says the order is refunded in full. Pure: the caller queries the payment and the order.
 */
import type { OrderRefundedMailData } from "./templates/order-mail-data"
import { orderLocale, type OrderForMail } from "./order-mail-data"

export type PaymentForRefundMail = {
  amount: number | string
  captures?: Array<{ amount: number | string } | null> | null
  refunds?: Array<{ id: string; amount: number | string; created_at: string | Date } | null> | null
}

export type RefundMail = { refund_id: string; data: OrderRefundedMailData }

export function buildRefundMails(
  payment: PaymentForRefundMail,
  order: Pick<OrderForMail, "display_id" | "locale" | "metadata" | "shipping_address">,
  orderUrl: string
): RefundMail[] {
  // What was taken: the captures (a refund needs one), the authorised amount when none are listed.
  const paid = (payment.captures ?? []).reduce((sum, capture) => sum + Number(capture?.amount ?? 0), 0) || Number(payment.amount)
  const refunds = (payment.refunds ?? [])
    .filter((refund): refund is NonNullable<typeof refund> => Boolean(refund))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
  const address = order.shipping_address
  const customerName = [address?.first_name, address?.last_name].filter(Boolean).join(" ") || "client"
  let refundedSoFar = 0
  return refunds.map((refund) => {
    refundedSoFar += Number(refund.amount)
    return {
      refund_id: refund.id,
      data: {
        locale: orderLocale(order),
        display_id: order.display_id,
        customer_name: customerName,
        order_url: orderUrl,
        amount: Number(refund.amount),
        refunded_total: refundedSoFar,
        paid_total: paid,
      },
    }
  })
}
