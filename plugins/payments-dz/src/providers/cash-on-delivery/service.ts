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
 */
export class CashOnDeliveryProvider extends AbstractPaymentProvider<CashOnDeliveryOptions> {
  static identifier = "cod"

  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: CashOnDeliveryOptions) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return {
      id: `cod_${crypto.randomUUID()}`,
      status: PaymentSessionStatus.PENDING,
      data: { method: "cash_on_delivery", amount: Number(input.amount), currency_code: input.currency_code },
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data, collected: false } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, collected: true, collected_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, cancelled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const collected = input.data?.collected === true
    return { status: collected ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  /** Money given back by hand (a returned part): recorded, nothing to call. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = Array.isArray(input.data?.refunds) ? (input.data.refunds as unknown[]) : []
    return { data: { ...input.data, refunds: [...refunds, { amount: Number(input.amount), at: new Date().toISOString() }] } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { status: PaymentSessionStatus.PENDING, data: { ...input.data, amount: Number(input.amount), currency_code: input.currency_code } }
  }

  /** Nobody calls back for cash: any webhook is answered "not supported". */
  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
