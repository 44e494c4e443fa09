import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import type { CancelPaymentInput, CancelPaymentOutput, RefundPaymentInput, RefundPaymentOutput } from "@medusajs/framework/types"
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import { SatimGateway } from "../../lib/satim/gateway"
import { readSatimOptions, satimLanguage, type SatimOptions } from "../../lib/satim/options"
import { EMPTY_SATIM_SESSION_DATA, registeredSession, type RegisteredSatimSession } from "../../lib/satim/session-data"
import { RedirectGatewayProvider } from "../redirect-gateway-provider"

/**
 * Card payment (CIB / Edahabia) through SATIM. The card page is opened by the start-payment workflow
 * (after the captcha); what every redirect gateway shares is in redirect-gateway-provider.ts. SATIM's
 * own: authorisation acknowledges the payment (confirm), amounts travel in centimes, refunds go
 * through refund.do, and a cancelled payment is reversed (unpaid) or refunded (deposited).
 */
export class SatimPaymentProvider extends RedirectGatewayProvider<RegisteredSatimSession> {
  static identifier = "satim"

  private readonly settings: SatimOptions
  private readonly gateway: SatimGateway

  static validateOptions(options: Record<string, unknown>): void {
    readSatimOptions(options)
  }

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
    this.settings = readSatimOptions(options)
    this.gateway = new SatimGateway(this.settings)
  }

  protected emptySessionData() {
    return { ...EMPTY_SATIM_SESSION_DATA }
  }

  protected registration(data: Record<string, unknown> | undefined, sessionId: unknown) {
    return registeredSession(data, sessionId)
  }

  protected askBeforeAuthorizing(registration: RegisteredSatimSession) {
    return this.gateway.confirm(
      registration.satim_order_id,
      { orderNumber: registration.order_number, amountCentimes: registration.amount_centimes },
      satimLanguage(registration.language, this.settings.language)
    )
  }

  protected askStatus(registration: RegisteredSatimSession) {
    return this.gateway.status(registration.satim_order_id, { orderNumber: registration.order_number, amountCentimes: registration.amount_centimes })
  }

  protected describe(registration: RegisteredSatimSession) {
    return `SATIM order ${registration.order_number}`
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const satimOrderId = input.data?.satim_order_id
    if (typeof satimOrderId !== "string") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This payment has no SATIM order to refund.", refusal("card_payment_unknown"))
    // Medusa hands a BigNumber (or a number or string): read it exactly, then in centimes.
    const centimes = toCentimes(new BigNumber(input.amount).numeric)
    const result = await this.gateway.refund(satimOrderId, centimes)
    if (!result.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `SATIM refused the refund: ${result.message}`, refusal("card_gateway_refused"))
    // Medusa records the refund itself (amount, time, admin user).
    return { data: input.data }
  }

  /**
   * Medusa cancels a payment it could not record after authorising it. A deposit cannot be
   * reversed, only refunded; an order never paid is reversed so its card page can no longer be used.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const registration = registeredSession(input.data, input.data?.session_id)
    if (!registration) return { data: input.data }
    const outcome = await this.askStatus(registration)
    const result =
      outcome.kind === "paid"
        ? await this.gateway.refund(registration.satim_order_id, registration.amount_centimes)
        : await this.gateway.reverse(registration.satim_order_id)
    if (!result.ok) this.logger.warn(`SATIM order ${registration.order_number}: cancelling failed (${result.message})`)
    return { data: input.data }
  }
}
