import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentReceipt } from "../../../../lib/satim/receipt"
import { SATIM_MODULE } from "../../../../modules/satim"
import type SatimModuleService from "../../../../modules/satim/service"
import type { SatimAttempt } from "../../../../workflows/satim/settle-satim-payment"
import type { AdminSatimPaymentsQueryType } from "../validators"

import { SATIM_PROVIDER_ID } from "../../../../lib/provider-ids"

type OrderRefunds = { payment_collections?: Array<{ payments?: Array<{ provider_id: string; refunds?: Array<{ amount: number; created_at: string; created_by: string | null }> }> }> }

/**
 * Every card payment attempt of an order's cart, newest first, for the office: SATIM's ids and
 * answer, why an attempt failed, and the refunds made on the order's card payment (amount, when,
 * which admin user — Medusa records them when its refund action calls SATIM).
 */
export async function GET(req: MedusaRequest<unknown, AdminSatimPaymentsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.validatedQuery.order_id } })
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return res.json({ payments: [], refunds: [] })
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at", "payment_collections.payments.refunds.created_by"],
    filters: { id: req.validatedQuery.order_id },
  })
  const refunds = ((orders[0] as OrderRefunds | undefined)?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => payment.provider_id === SATIM_PROVIDER_ID)
    .flatMap((payment) => payment.refunds ?? [])
    .map((refund) => ({ amount: Number(refund.amount), created_at: refund.created_at, created_by: refund.created_by }))
  const satim = req.scope.resolve<SatimModuleService>(SATIM_MODULE)
  const attempts = (await satim.listSatimPayments({ cart_id: cartId }, { order: { created_at: "DESC" } })) as SatimAttempt[]
  res.json({
    payments: attempts.map((attempt) => ({
      ...paymentReceipt(attempt),
      id: attempt.id,
      failure: attempt.failure,
      created_at: attempt.created_at,
    })),
    refunds,
  })
}
