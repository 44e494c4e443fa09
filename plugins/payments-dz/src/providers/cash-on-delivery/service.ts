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

type CashOnDeliveryOptions = Record<string, never>

/**
 * Cash on delivery: the customer pays the courier or the stop-desk. Placing the order only records
 * the promise (the session is authorized so the cart completes); nothing is captured until the
 * merchant records the cash received (admin "capture"), and a refused parcel is a cancellation.
 * There is no outside party: the Payment Module's own records (amounts, captures, refunds) are the
 * whole story, so the provider keeps no data of its own.
 */
export class CashOnDeliveryProvider extends AbstractPaymentProvider<CashOnDeliveryOptions> {
  static identifier = "cod"

  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: CashOnDeliveryOptions) {
    super(cradle, options)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `cod_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: {} }
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

  /** Once placed, a cash order is authorized; the Payment Module records its capture itself. */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  /** Money given back by hand (a returned part): the Payment Module records the refund; nothing to call. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  /** Nobody calls back for cash: any webhook is answered "not supported". */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
