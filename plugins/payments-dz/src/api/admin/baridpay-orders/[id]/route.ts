import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { officeActions } from "../../../../lib/baridpay/life-cycle"
import { BARIDPAY_MODULE } from "../../../../modules/baridpay"
import type BaridpayModuleService from "../../../../modules/baridpay/service"
import { baridpayPaymentView, readOrderForBaridpay } from "../../../store/baridpay/payment-view"

/**
 * GET /admin/baridpay-orders/:id (an order id): the BaridPay payment as the customer sees it, the
 * reference they sent, what the office may do next, and who decided and when. `baridpay_order: null`
 * for an order not paid with BaridPay.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const order = await readOrderForBaridpay(req.scope, req.params.id)
  const view = order ? await baridpayPaymentView(req.scope, order) : null
  if (!order || !view) return res.json({ baridpay_order: null })
  const [record] = await req.scope.resolve<BaridpayModuleService>(BARIDPAY_MODULE).listBaridpayOrders({ order_id: order.id })
  let decidedByEmail: string | null = null
  if (record?.decided_by) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "user", fields: ["email"], filters: { id: record.decided_by } })
    decidedByEmail = (data[0] as { email?: string } | undefined)?.email ?? null
  }
  res.json({
    baridpay_order: {
      ...view,
      allowed_actions: order.status === "canceled" || view.paid ? [] : officeActions(view.status),
      decided_at: record?.decided_at ?? null,
      decided_by_email: decidedByEmail,
      expired_at: record?.expired_at ?? null,
      reminded_at: record?.reminded_at ?? null,
      reason: record?.reason ?? null,
    },
  })
}
