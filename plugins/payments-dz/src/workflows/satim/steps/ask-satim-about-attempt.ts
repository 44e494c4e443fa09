import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PaymentOutcome } from "../../../lib/satim/payment-outcome"
import { satimLanguage } from "../../../lib/satim/options"
import { isOpenAttempt } from "../../../lib/satim/payment-status"
import { SATIM_MODULE } from "../../../modules/satim"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"
import type SatimModuleService from "../../../modules/satim/service"
import { askGatewayOnce } from "../../card/steps/ask-gateway-once"

export type AskedAttempt = {
  attempt: SatimAttempt
  /** It is (or, once paid, was) the cart's live card page. */
  live: boolean
  /** SATIM's answer, asked only for an attempt SATIM may still move: the settlement's one status call. */
  outcome?: PaymentOutcome
}

/** Reads the attempt and, if it is still open, asks SATIM once, acknowledging the payment (card/steps/ask-gateway-once.ts). */
export const askSatimAboutAttemptStep = createStep("ask-satim-about-attempt", async (input: { id: string }, { container }) => {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const attempt = await satim.retrieveSatimPayment(input.id)
  const asked = await askGatewayOnce(attempt, {
    isOpen: isOpenAttempt,
    liveStatus: "awaiting_card",
    hasNewer: async (record) => (await satim.listSatimPayments({ cart_id: record.cart_id, created_at: { $gt: record.created_at } }, { select: ["id"], take: 1 })).length > 0,
    ask: (record) =>
      satim.gateway().confirm(record.satim_order_id!, { orderNumber: record.order_number, amountCentimes: record.amount_centimes }, satimLanguage(record.language, "FR")),
  })
  return new StepResponse<AskedAttempt>({ attempt, ...asked })
})
