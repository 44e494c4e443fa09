import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PaymentOutcome } from "../../../lib/satim/payment-outcome"
import { satimLanguage } from "../../../lib/satim/options"
import { isOpenAttempt } from "../../../lib/satim/payment-status"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"

export type AskedAttempt = {
  attempt: SatimAttempt
  /** It is (or, once paid, was) the cart's live card page. */
  live: boolean
  /** SATIM's answer, asked only for an attempt SATIM may still move: the settlement's one status call. */
  outcome?: PaymentOutcome
}

/** Reads the attempt and, if it is still open, asks SATIM once (acknowledging the payment). Writes nothing. */
export const askSatimAboutAttemptStep = createStep("ask-satim-about-attempt", async (input: { id: string }, { container }) => {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const attempt = await satim.retrieveSatimPayment(input.id)
  if (!isOpenAttempt(attempt)) {
    // A deposit still without its order (a completion or a refund that failed earlier) is retried as
    // the live page only if no newer page was opened for the cart since (a replaced page never is).
    const waitsForOrder = attempt.status === "paid" && !attempt.order_id
    const newer = waitsForOrder ? await satim.listSatimPayments({ cart_id: attempt.cart_id, created_at: { $gt: attempt.created_at } }, { select: ["id"], take: 1 }) : []
    return new StepResponse<AskedAttempt>({ attempt, live: waitsForOrder && !newer.length })
  }
  const outcome = await satim
    .gateway()
    .confirm(attempt.satim_order_id!, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes }, satimLanguage(attempt.language, "FR"))
  return new StepResponse<AskedAttempt>({ attempt, live: attempt.status === "awaiting_card", outcome })
})
