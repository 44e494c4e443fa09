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
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import crypto from "node:crypto"
import { readBaridpayOptions } from "../../lib/baridpay/options"

type BaridpayProviderOptions = Record<string, unknown>

/**
 * BaridPay (BaridiMob's QR payment): Algérie Poste offers merchants no API, so the payment is assisted.
 * Placing the order authorizes the session (the cart completes; the order waits); the customer pays
 * the shop's RIP / QR in BaridiMob and sends the transaction reference, and the payment is captured
 * only when the office confirms the money arrived (workflows/baridpay). The amount limits are checked
 * when the session is chosen (api/store/baridpay/amount-guard.ts). Nobody calls back: the Payment
 * Module's records and the BaridPay module's are the whole story.
 */
export class BaridpayProvider extends AbstractPaymentProvider<BaridpayProviderOptions> {
  static identifier = "baridpay"

  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: BaridpayProviderOptions) {
    super(cradle, options)
  }

  /** A shop without its RIP cannot take BaridPay: refused at start, not at the first order. */
  static validateOptions(options: Record<string, unknown>) {
    readBaridpayOptions(options)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `baridpay_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: {} }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  /** Once placed, a BaridPay order is authorized (waiting); the Payment Module records its capture itself. */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  /** Money given back by transfer (a returned part): the Payment Module records the refund; nothing to call. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  /** Algérie Poste calls nobody back: any webhook is answered "not supported". */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
