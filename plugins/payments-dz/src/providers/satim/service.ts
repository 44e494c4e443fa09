import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import crypto from "node:crypto"
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import { SatimGateway } from "../../lib/satim/gateway"
import { readSatimOptions, satimLanguage, type SatimOptions } from "../../lib/satim/options"
import type { PaymentOutcome } from "../../lib/satim/payment-outcome"
import { EMPTY_SATIM_SESSION_DATA, registeredSession } from "../../lib/satim/session-data"

type Cradle = { logger: Logger }

/** Which session status an outcome gives: only a checked deposit is money (one-phase: captured at once). */
function sessionStatus(outcome: PaymentOutcome): PaymentSessionStatus {
  switch (outcome.kind) {
    case "paid":
      return PaymentSessionStatus.CAPTURED
    case "pending":
    case "unknown":
      return PaymentSessionStatus.PENDING
    default:
      return PaymentSessionStatus.ERROR
  }
}

/**
 * Card payment (CIB / Edahabia) through SATIM. The customer's card page is opened by the
 * start-payment workflow (after the captcha), not here: a session starts empty. Authorisation accepts
 * only a deposit that matches what was registered for this session: checked by the settlement that
 * points the session at it, otherwise asked of SATIM server to server.
 */
export class SatimPaymentProvider extends AbstractPaymentProvider<Record<string, unknown>> {
  static identifier = "satim"

  private readonly settings: SatimOptions
  private readonly gateway: SatimGateway
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>): void {
    readSatimOptions(options)
  }

  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
    this.settings = readSatimOptions(options)
    this.gateway = new SatimGateway(this.settings)
    this.logger = (cradle as Cradle).logger
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `satim_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: { ...EMPTY_SATIM_SESSION_DATA } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const registration = registeredSession(input.data, input.context?.idempotency_key)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    // The settlement wrote this session after SATIM said paid, under the cart's lock: not asked twice.
    if (registration.deposit_checked) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    const outcome = await this.gateway.confirm(
      registration.satim_order_id,
      { orderNumber: registration.order_number, amountCentimes: registration.amount_centimes },
      satimLanguage(registration.language, this.settings.language)
    )
    if (outcome.kind !== "paid") this.logger.info(`SATIM order ${registration.order_number}: ${outcome.kind}, not authorised`)
    // The approval code and SATIM's answer are kept on the satim_payment record, not in session data.
    return { status: sessionStatus(outcome), data: input.data }
  }

  /** One-phase payments are deposited by SATIM when the customer pays: nothing left to capture. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
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
    const outcome = await this.gateway.status(registration.satim_order_id, {
      orderNumber: registration.order_number,
      amountCentimes: registration.amount_centimes,
    })
    const result =
      outcome.kind === "paid"
        ? await this.gateway.refund(registration.satim_order_id, registration.amount_centimes)
        : await this.gateway.reverse(registration.satim_order_id)
    if (!result.ok) this.logger.warn(`SATIM order ${registration.order_number}: cancelling failed (${result.message})`)
    return { data: input.data }
  }

  /** A session dropped before payment: SATIM expires its unpaid order by itself. */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const registration = registeredSession(input.data, input.data?.session_id)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    const outcome = await this.gateway.status(registration.satim_order_id, {
      orderNumber: registration.order_number,
      amountCentimes: registration.amount_centimes,
    })
    return { status: sessionStatus(outcome), data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  /**
   * SATIM's callback carries only its order id and no session, and is a GET: it goes to our own
   * /hooks/satim route (which settles like the return page), not to Medusa's POST payment webhook.
   */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
