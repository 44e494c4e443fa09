import { PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
} from "@medusajs/framework/types"
import crypto from "node:crypto"
import { PaymentsDzProvider } from "./payments-dz-provider"

/**
 * A payment with no gateway, where the money changes hands outside the shop (cash to the courier,
 * a BaridiMob transfer): placing the order only records the promise (the session is authorized so
 * the cart completes), and the office's own action records the capture. Nobody calls back and
 * nothing is asked of anyone: the Payment Module's records (amounts, captures, refunds) are the whole
 * story, so the provider keeps no data of its own. Subclasses name themselves (`static identifier`,
 * which also prefixes the session ids) and add what differs (option checks).
 */
export abstract class ManualPaymentProvider<TOptions extends Record<string, unknown> = Record<string, unknown>> extends PaymentsDzProvider<TOptions> {
  /** Session ids read `<identifier>_<uuid>` (the subclass's `static identifier`: "cod", "baridpay"). */
  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `${this.getIdentifier()}_${crypto.randomUUID()}`, status: PaymentSessionStatus.PENDING, data: {} }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  /** Once placed, the order is authorized (waiting for the money); the Payment Module records its capture itself. */
  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  /** Money given back by hand or by transfer (a returned part): the Payment Module records the refund; nothing to call. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }
}
