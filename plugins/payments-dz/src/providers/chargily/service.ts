import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
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
import type { ChargilyOutcome } from "../../lib/chargily/checkout-outcome"
import { ChargilyGateway } from "../../lib/chargily/gateway"
import { readChargilyOptions } from "../../lib/chargily/options"
import { EMPTY_CHARGILY_SESSION_DATA, registeredChargilySession } from "../../lib/chargily/session-data"

type Cradle = { logger: Logger }

/** Only a checked payment is money (Chargily takes it at once: captured). */
function sessionStatus(outcome: ChargilyOutcome): PaymentSessionStatus {
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
 * CIB / Edahabia through Chargily Pay v2. The checkout is opened by the start workflow, not here: a
 * session starts empty. Authorisation accepts only a checkout written on this very session, checked
 * by the settlement that points the session at it, otherwise asked of Chargily server to server.
 */
export class ChargilyPaymentProvider extends AbstractPaymentProvider<Record<string, unknown>> {
  static identifier = "chargily"

  private readonly gateway: ChargilyGateway
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>): void {
    readChargilyOptions(options)
  }

  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
    this.gateway = new ChargilyGateway(readChargilyOptions(options))
    this.logger = (cradle as Cradle).logger
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `chargily_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: { ...EMPTY_CHARGILY_SESSION_DATA } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const registration = registeredChargilySession(input.data, input.context?.idempotency_key)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    // The settlement wrote this session after Chargily said paid, under the cart's lock: not asked twice.
    if (registration.deposit_checked) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    const outcome = await this.gateway.outcome({ checkout_id: registration.checkout_id, amount: registration.amount })
    if (outcome.kind !== "paid") this.logger.info(`Chargily checkout ${registration.checkout_id}: ${outcome.kind}, not authorised`)
    return { status: sessionStatus(outcome), data: input.data }
  }

  /** Chargily takes the money when the customer pays: nothing left to capture. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
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
    const outcome = await this.gateway.outcome({ checkout_id: registration.checkout_id, amount: registration.amount })
    if (outcome.kind === "paid") this.logger.error(`Chargily checkout ${registration.checkout_id}: paid, then cancelled by Medusa: give it back from the Chargily dashboard`)
    else await this.gateway.expire(registration.checkout_id)
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const registration = registeredChargilySession(input.data, input.data?.session_id)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    return { status: sessionStatus(await this.gateway.outcome({ checkout_id: registration.checkout_id, amount: registration.amount })), data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Chargily's webhooks go to our own /hooks/chargily (as SATIM's callback goes to /hooks/satim):
   * it checks the signature on the raw body, keeps event ids, and settles under the cart's lock,
   * none of which Medusa's generic payment webhook (asynchronous, without a store) can do.
   */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
