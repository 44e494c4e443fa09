import type { CancelPaymentInput, CancelPaymentOutput, RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { ChargilyGateway } from "../../lib/chargily/gateway"
import { readChargilyOptions } from "../../lib/chargily/options"
import { EMPTY_CHARGILY_SESSION_DATA, registeredChargilySession, type RegisteredChargilySession } from "../../lib/chargily/session-data"
import { RedirectGatewayProvider } from "../redirect-gateway-provider"

/**
 * CIB / Edahabia through Chargily Pay v2. The checkout is opened by the start workflow; what every
 * redirect gateway shares is in redirect-gateway-provider.ts. Chargily's own: the checkout is re-read
 * (the same question at authorisation as for the status), refunds are made by hand in Chargily's
 * dashboard, and a cancelled unpaid checkout is expired.
 */
export class ChargilyPaymentProvider extends RedirectGatewayProvider<RegisteredChargilySession> {
  static identifier = "chargily"

  private readonly gateway: ChargilyGateway

  static validateOptions(options: Record<string, unknown>): void {
    readChargilyOptions(options)
  }

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
    this.gateway = new ChargilyGateway(readChargilyOptions(options))
  }

  protected emptySessionData() {
    return { ...EMPTY_CHARGILY_SESSION_DATA }
  }

  protected registration(data: Record<string, unknown> | undefined, sessionId: unknown) {
    return registeredChargilySession(data, sessionId)
  }

  protected askBeforeAuthorizing(registration: RegisteredChargilySession) {
    return this.askStatus(registration)
  }

  protected askStatus(registration: RegisteredChargilySession) {
    return this.gateway.outcome({ checkout_id: registration.checkout_id, amount: registration.amount })
  }

  protected describe(registration: RegisteredChargilySession) {
    return `Chargily checkout ${registration.checkout_id}`
  }

  /**
   * Chargily Pay v2 has no refund API: the merchant gives the money back from Chargily's dashboard.
   * Medusa records the refund (amount, who, when) so the order and its credit note say so.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const note = `Refund of ${String(input.amount)} DA recorded in Medusa only: no money was sent. Make it from the Chargily dashboard (Chargily has no refund API).`
    this.logger.warn(`Chargily checkout ${String(input.data?.checkout_id)}: ${note}`)
    // Kept on the payment's data: the order page's Chargily panel says the same to whoever pressed Refund.
    return { data: { ...input.data, refund_to_make_in_dashboard: true, refund_note: note } }
  }

  /** Medusa cancels a payment it could not record after authorising it: an unpaid checkout is closed. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const registration = registeredChargilySession(input.data, input.data?.session_id)
    if (!registration) return { data: input.data }
    const outcome = await this.askStatus(registration)
    if (outcome.kind === "paid") this.logger.error(`${this.describe(registration)}: paid, then cancelled by Medusa: give it back from the Chargily dashboard`)
    else await this.gateway.expire(registration.checkout_id)
    return { data: input.data }
  }
}
