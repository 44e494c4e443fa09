import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { customerOrderStatus } from "../../../../../lib/orders/customer-status"
import { ORDER_PAYMENT_FIELDS, orderPaymentMethod, type OrderPayments } from "../../../../../lib/orders/payment-method"

type Row = {
  id: string
  display_id: number
  created_at: string
  total: number
  currency_code: string
  status: string
  payment_status: string
  fulfillment_status: string
  returns?: Array<{ status: string }> | null
} & OrderPayments

/**
 * GET /store/customers/me/order-history: the logged-in customer's orders, latest first, with the status in their
 * words and how each is paid (a pending order waits for the courier's cash or for a BaridPay transfer).
 * Medusa's list workflow, not a bare Query: it computes payment_status and fulfillment_status, which are not columns.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await getOrdersListWorkflow(req.scope).run({
    input: {
      fields: ["id", "display_id", "created_at", "total", "currency_code", "status", "returns.status", ...ORDER_PAYMENT_FIELDS],
      variables: { filters: { customer_id: req.auth_context.actor_id, is_draft_order: false }, skip: 0, take: 100, order: { created_at: "DESC" } },
    },
  })
  const rows = (Array.isArray(result) ? result : result.rows) as unknown as Row[]
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    orders: rows.map((order) => ({
      id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      total: order.total,
      currency_code: order.currency_code,
      customer_status: customerOrderStatus(order),
      payment_method: orderPaymentMethod(order),
    })),
  })
}
