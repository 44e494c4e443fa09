import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentReceipt } from "../../../../lib/satim/receipt"
import { SATIM_MODULE } from "../../../../modules/satim"
import type SatimModuleService from "../../../../modules/satim/service"
import type { SatimAttempt } from "../../../../modules/satim/models/satim-payment"
import { SATIM_PROVIDER_ID } from "../../../../lib/provider-ids"
import type { AdminSatimPaymentsQueryType } from "../validators"

type MedusaRefund = { amount: number; created_at: string; created_by: string | null }
type MedusaPayment = { id: string; provider_id: string; captured_at: string | null; captures?: Array<{ amount: number }>; refunds?: MedusaRefund[] }
type OrderPayments = { payment_collections?: Array<{ payments?: Array<MedusaPayment> }> }

const sum = (amounts: Array<{ amount: number }>) => amounts.reduce((total, item) => total + Number(item.amount), 0)

/**
 * Every card payment attempt of an order's cart, newest first, for the office: SATIM's ids and
 * answer, why an attempt failed, and the refunds made on the order's card payment (amount, when,
 * which admin user — Medusa records them when its refund action calls SATIM), and the captured card
 * payment the widget's refund form refunds through Medusa (POST /admin/payments/:id/refund).
 */
export async function GET(req: MedusaRequest<unknown, AdminSatimPaymentsQueryType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: req.validatedQuery.order_id } })
  const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return res.json({ payments: [], refunds: [], card_payment: null })
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.created_at",
      "payment_collections.payments.refunds.created_by",
    ],
    filters: { id: req.validatedQuery.order_id },
  })
  const cardPayments = ((orders[0] as OrderPayments | undefined)?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => payment.provider_id === SATIM_PROVIDER_ID)
  const medusaRefunds = cardPayments.flatMap((payment) => payment.refunds ?? [])
  const userIds = [...new Set(medusaRefunds.map((refund) => refund.created_by).filter((id): id is string => !!id))]
  const { data: users } = userIds.length ? await query.graph({ entity: "user", fields: ["id", "email"], filters: { id: userIds } }) : { data: [] }
  const emailOf = new Map((users as Array<{ id: string; email: string }>).map((user) => [user.id, user.email]))
  const refunds = medusaRefunds.map((refund) => ({
    amount: Number(refund.amount),
    created_at: refund.created_at,
    created_by: refund.created_by,
    created_by_email: refund.created_by ? emailOf.get(refund.created_by) ?? null : null,
  }))
  const captured = cardPayments.find((payment) => payment.captured_at)
  const card_payment = captured
    ? { id: captured.id, captured: sum(captured.captures ?? []), refunded: sum(captured.refunds ?? []), refundable: sum(captured.captures ?? []) - sum(captured.refunds ?? []) }
    : null
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
    card_payment,
  })
}
