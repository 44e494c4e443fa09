import type { UpdatePaymentSessionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { chargilySessionRegistration } from "../../../lib/chargily/session-data"

/** Writes the paid checkout on the session the cart pays with, checked: authorisation then does not ask Chargily again. */
export const pointSessionAtChargilyCheckoutStep = createStep(
  "point-session-at-chargily-checkout",
  async (input: { session_id: string; checkout_id: string; amount: number }, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(input.session_id)
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: chargilySessionRegistration(session.id, input, true),
    })
    return new StepResponse(undefined, { id: session.id, amount: session.amount, currency_code: session.currency_code, data: session.data ?? {} } satisfies UpdatePaymentSessionDTO)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(previous)
  }
)
