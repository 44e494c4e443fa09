import { PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  UpdatePaymentInput,
  UpdatePaymentOutput,
} from "@medusajs/framework/types"
import crypto from "node:crypto"
import { PaymentsDzProvider } from "./payments-dz-provider"

/** What the server wrote on a session once the gateway's page was opened for it. */
export type GatewayRegistration = { deposit_checked: boolean }
/** The gateway's checked answer about a payment ("paid" only with the right amount and currency). */
export type GatewayOutcome = { kind: string }

/** Which session status an outcome gives: only a checked payment is money (one-phase: captured at once). */
export function gatewaySessionStatus(outcome: GatewayOutcome): PaymentSessionStatus {
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
 * A card payment on a gateway's own page (SATIM, Chargily): the page is opened by a start workflow,
 * not here, so a session starts empty (every server-written key null: what a storefront sends cannot
 * pass for a registration). Authorisation accepts only a payment registered on this very session:
 * checked by the settlement that points the session at it (`deposit_checked`), otherwise asked of
 * the gateway server to server. The gateway takes the money when the customer pays (one-phase:
 * nothing left to capture), and a session dropped before payment expires at the gateway by itself.
 * Callbacks go to the plugin's own /hooks/<gateway> route: it checks them (signature, re-reading the
 * payment), keeps event ids and settles under the cart's lock, none of which Medusa's generic payment
 * webhook (asynchronous, without a store) can do. Subclasses say how to read a registration, how to
 * ask their gateway, and how they refund and cancel.
 */
export abstract class RedirectGatewayProvider<Registration extends GatewayRegistration> extends PaymentsDzProvider {
  protected readonly logger: Logger

  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
    this.logger = (cradle as { logger: Logger }).logger
  }

  /** A fresh session's data: every key only the server writes, null. */
  protected abstract emptySessionData(): Record<string, unknown>
  /** The registration written for `sessionId`, or undefined (nothing registered, or written for another session). */
  protected abstract registration(data: Record<string, unknown> | undefined, sessionId: unknown): Registration | undefined
  /** The gateway's answer when the order is placed (SATIM acknowledges the payment then). */
  protected abstract askBeforeAuthorizing(registration: Registration): Promise<GatewayOutcome>
  /** The gateway's answer, changing nothing there. */
  protected abstract askStatus(registration: Registration): Promise<GatewayOutcome>
  /** How logs name the payment ("SATIM order 1234567890"). */
  protected abstract describe(registration: Registration): string

  /** Session ids read `<identifier>_<uuid>` (the subclass's `static identifier`). */
  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `${this.getIdentifier()}_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: this.emptySessionData() }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const registration = this.registration(input.data, input.context?.idempotency_key)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    // The settlement wrote this session after the gateway said paid, under the cart's lock: not asked twice.
    if (registration.deposit_checked) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    const outcome = await this.askBeforeAuthorizing(registration)
    if (outcome.kind !== "paid") this.logger.info(`${this.describe(registration)}: ${outcome.kind}, not authorised`)
    // The gateway's answer is kept on the plugin's own record of the payment, not in session data.
    return { status: gatewaySessionStatus(outcome), data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const registration = this.registration(input.data, input.data?.session_id)
    if (!registration) return { status: PaymentSessionStatus.PENDING, data: input.data }
    return { status: gatewaySessionStatus(await this.askStatus(registration)), data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }
}
