import type { UpdatePaymentSessionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { sessionRegistration } from "../../../lib/satim/session-data"
import type { SatimAttempt } from "../../../modules/satim/models/satim-payment"

type Input = { session_id: string; attempt: SatimAttempt }

/**
 * Writes the paid page on the card session the cart pays with, marked as checked by this
 * settlement: authorisation then accepts it without asking SATIM a second time.
 */
export const pointSessionAtDepositStep = createStep(
  "point-session-at-satim-deposit",
  async ({ session_id, attempt }: Input, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(session_id)
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: sessionRegistration(session.id, { ...attempt, satim_order_id: attempt.satim_order_id! }, true),
    })
    return new StepResponse(undefined, { id: session.id, amount: session.amount, currency_code: session.currency_code, data: session.data ?? {} } satisfies UpdatePaymentSessionDTO)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(previous)
  }
)
