import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import type { CardRefundReason } from "../../../lib/card/refund-reasons"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../modules/chargily/service"

/** The payment is the order's: the record keeps its order. */
export const linkChargilyToOrderStep = createStep(
  "link-chargily-checkout-to-order",
  async (input: { checkout: ChargilyCheckoutRecord; order_id: string }, { container }) => {
    const updated = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id: input.checkout.id, order_id: input.order_id, failure: null })
    return new StepResponse(updated, input.checkout)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id: previous.id, order_id: previous.order_id, failure: previous.failure })
  }
)

/** Paid, but the order could not be placed for a passing reason: said on the record; the reconciliation job places it again. */
export const noteChargilyOrderPendingStep = createStep("note-chargily-order-pending", async (input: { checkout: ChargilyCheckoutRecord; error: string }, { container }) => {
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Chargily checkout ${input.checkout.checkout_id}: paid, the order could not be placed yet (${input.error}); retried`)
  return new StepResponse(
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id: input.checkout.id, failure: `Paid; placing the order failed for now: ${input.error}` })
  )
})

const REFUND_WORDS: Record<CardRefundReason, string> = {
  no_order: "the cart could not be ordered",
  already_ordered: "the cart had already been ordered with another payment",
  replaced: "a newer checkout or another way of paying replaced this one",
}

/**
 * A paid checkout that cannot become the order is to be given back in full. Chargily Pay v2 has no
 * refund API: the record turns `refund_due` with the reason, the error log and the security log say
 * so, and the admin lists it until the merchant has refunded it from Chargily's dashboard.
 */
export const markChargilyRefundDueStep = createStep(
  "mark-chargily-refund-due",
  async (input: { checkout: ChargilyCheckoutRecord; reason: CardRefundReason; detail?: string }, { container }) => {
    const words = input.detail ? `${REFUND_WORDS[input.reason]} (${input.detail})` : REFUND_WORDS[input.reason]
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Chargily checkout ${input.checkout.checkout_id}: paid ${input.checkout.amount} DA but ${words}: refund it from the Chargily dashboard`)
    securityEvent({ event: "chargily_refund_due", outcome: "failure", reason: input.reason, checkout_id: input.checkout.checkout_id, amount: input.checkout.amount })
    const updated = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({
      id: input.checkout.id,
      status: "refund_due",
      refund_reason: input.reason,
      failure: `To refund from the Chargily dashboard: ${words}`,
    })
    return new StepResponse(updated, input.checkout)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, status, refund_reason, failure } = previous
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id, status, refund_reason, failure })
  }
)
