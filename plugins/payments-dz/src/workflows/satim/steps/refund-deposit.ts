import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import type { PaymentOutcome } from "../../../lib/satim/payment-outcome"
import type { CardRefundReason } from "../../../lib/card/refund-reasons"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"

const REFUND_WORDS: Record<CardRefundReason, string> = {
  no_order: "the cart could not be ordered",
  already_ordered: "the cart had already been ordered with another payment",
  replaced: "a newer card page or another way of paying replaced this one",
}

type Input = {
  attempt: SatimAttempt
  reason: CardRefundReason
  detail?: string
  /** What SATIM said in this settlement, if it was asked: "paid" means not refunded yet, no need to ask again. */
  satim_said?: PaymentOutcome["kind"]
}

/**
 * Gives a deposit back in full at SATIM and records why; never twice: unless this settlement has
 * just heard SATIM say "paid", SATIM's own status is asked first. A refund SATIM refuses is recorded
 * and retried by the reconciliation job (money out cannot be compensated, so this step has none).
 */
export const refundDepositStep = createStep("refund-satim-deposit", async ({ attempt, reason, detail, satim_said }: Input, { container }) => {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gateway = satim.gateway()
  const words = detail ? `${REFUND_WORDS[reason]} (${detail})` : REFUND_WORDS[reason]
  const alreadyRefunded =
    satim_said === "paid" ? false : (await gateway.status(attempt.satim_order_id!, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes })).kind === "refunded"
  const refund = alreadyRefunded ? ({ ok: true } as const) : await gateway.refund(attempt.satim_order_id!, attempt.amount_centimes)
  securityEvent({ event: "card_payment_refund", outcome: refund.ok ? "success" : "failure", reason, order_number: attempt.order_number, amount_centimes: attempt.amount_centimes })
  if (!refund.ok) {
    logger.error(`SATIM order ${attempt.order_number}: paid, not the order's payment (${words}), and the refund failed (${refund.message}): the reconciliation job retries`)
    return new StepResponse(await satim.updateSatimPayments({ id: attempt.id, failure: `Not the order's payment (${words}); automatic refund failed: ${refund.message}` }))
  }
  logger.warn(`SATIM order ${attempt.order_number}: paid but ${words}; refunded in full`)
  return new StepResponse(
    await satim.updateSatimPayments({ id: attempt.id, status: "refunded", refunded_centimes: attempt.amount_centimes, refund_reason: reason, failure: `Refunded automatically: ${words}` })
  )
})
