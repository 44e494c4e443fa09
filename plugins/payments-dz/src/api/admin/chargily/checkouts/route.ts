import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHARGILY_PROVIDER_ID } from "../../../../lib/provider-ids"
import { CHARGILY_MODULE } from "../../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../../modules/chargily/service"
import { staffEmails } from "../staff-emails"
import type { AdminChargilyCheckoutsQueryType } from "../validators"

type MedusaRefund = { amount: number; created_at: string; created_by: string | null }
type OrderPayments = { payment_collections?: Array<{ payments?: Array<{ provider_id: string; refunds?: MedusaRefund[] }> }> }

/**
 * GET /admin/chargily/checkouts?order_id=: every Chargily checkout of the order's cart, newest first
 * (status, amount, method, dates, who recorded a refund made from Chargily's dashboard), and the
 * refunds pressed in Medusa on its Chargily payment: Medusa only records those (no refund API), the
 * widget says they are to be made in Chargily's dashboard.
 */
export async function GET(req: MedusaRequest<unknown, AdminChargilyCheckoutsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { order_id } = req.validatedQuery
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id } })
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return res.json({ checkouts: [], medusa_refunds: [] })
  const checkouts = (await req.scope
    .resolve<ChargilyModuleService>(CHARGILY_MODULE)
    .listChargilyCheckouts({ cart_id: cartId }, { order: { created_at: "DESC" } })) as ChargilyCheckoutRecord[]
  if (!checkouts.length) return res.json({ checkouts: [], medusa_refunds: [] })
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at", "payment_collections.payments.refunds.created_by"],
    filters: { id: order_id },
  })
  const refunds = ((orders[0] as OrderPayments | undefined)?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => payment.provider_id === CHARGILY_PROVIDER_ID)
    .flatMap((payment) => payment.refunds ?? [])
  const emails = await staffEmails(req.scope, [...checkouts.map((checkout) => checkout.refunded_by), ...refunds.map((refund) => refund.created_by)])
  res.json({
    checkouts: checkouts.map((checkout) => ({
      id: checkout.id,
      checkout_id: checkout.checkout_id,
      status: checkout.status,
      amount: checkout.amount,
      payment_method: checkout.payment_method,
      created_at: checkout.created_at,
      decided_at: checkout.decided_at,
      refund_reason: checkout.refund_reason,
      refunded_at: checkout.refunded_at,
      refunded_by_email: checkout.refunded_by ? emails.get(checkout.refunded_by) ?? checkout.refunded_by : null,
    })),
    medusa_refunds: refunds.map((refund) => ({
      amount: Number(refund.amount),
      created_at: refund.created_at,
      created_by_email: refund.created_by ? emails.get(refund.created_by) ?? refund.created_by : null,
    })),
  })
}
