import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerOrderStatus } from "../../../../../lib/orders/customer-status"

type Row = { id: string; display_id: number; created_at: string; total: number; currency_code: string; status: string; payment_status: string; fulfillment_status: string }

/** GET /store/customers/me/order-history: the logged-in customer's orders, latest first, with the status in their words. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "total", "currency_code", "status", "payment_status", "fulfillment_status"],
    filters: { customer_id: req.auth_context.actor_id, is_draft_order: false },
    pagination: { take: 100, order: { created_at: "DESC" } },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    orders: (data as unknown as Row[]).map((order) => ({
      id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      total: order.total,
      currency_code: order.currency_code,
      customer_status: customerOrderStatus(order),
    })),
  })
}
