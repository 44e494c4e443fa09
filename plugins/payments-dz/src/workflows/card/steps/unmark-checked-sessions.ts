import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/**
 * Before a deposit is refunded, the sessions pointing at it lose their "checked" mark: completing
 * the cart later must ask the gateway again, never accept the old check.
 */
export const unmarkCheckedSessionsStep = createStep("unmark-checked-card-sessions", async (input: { session_ids: string[] }, { container }) => {
  const payment = container.resolve(Modules.PAYMENT)
  for (const id of input.session_ids) {
    const session = await payment.retrievePaymentSession(id)
    if (session.data?.deposit_checked !== true) continue
    await payment.updatePaymentSession({ id, amount: session.amount, currency_code: session.currency_code, data: { ...session.data, deposit_checked: null } })
  }
  return new StepResponse(undefined)
})
