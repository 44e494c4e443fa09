import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderOfPayment } from "../../lib/payment-order"
import type { RefundToCredit } from "./issue-credit-notes"

type PaymentRead = { refunds?: Array<{ id: string; amount: number | string; created_at: Date | string } | null> | null }

/** The order a payment belongs to and the payment's refunds (Medusa's refund event names only the payment). */
export const findPaymentRefundsStep = createStep("find-payment-refunds", async (input: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["refunds.id", "refunds.amount", "refunds.created_at"], filters: { id: input.payment_id } })
  const payment = payments[0] as PaymentRead | undefined
  if (!payment) return new StepResponse<{ order_id: string | null; refunds: RefundToCredit[] }>({ order_id: null, refunds: [] })
  // Credited in the order they were made; amounts read exactly (Medusa may hand a BigNumber).
  const refunds = (payment.refunds ?? [])
    .filter((refund) => refund !== null)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
    .map((refund) => ({ id: refund.id, amount: new BigNumber(refund.amount).numeric }))
  return new StepResponse({ order_id: await orderOfPayment(container, input.payment_id), refunds })
})
