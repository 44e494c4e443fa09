import type { UpdatePaymentSessionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** The session to point, and the registration to write on it (the gateway's session-data.ts builds it, checked). */
type Input = { session_id: string; registration: Record<string, unknown> }

/**
 * Writes the paid page (SATIM order, Chargily checkout) on the card session the cart pays with,
 * marked as checked by this settlement: authorisation then accepts it without asking the gateway a
 * second time. Undone by writing back what the session held.
 */
export const pointSessionAtPaymentStep = createStep(
  "point-session-at-card-payment",
  async ({ session_id, registration }: Input, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(session_id)
    await payment.updatePaymentSession({ id: session.id, amount: session.amount, currency_code: session.currency_code, data: registration })
    return new StepResponse(undefined, { id: session.id, amount: session.amount, currency_code: session.currency_code, data: session.data ?? {} } satisfies UpdatePaymentSessionDTO)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(previous)
  }
)
