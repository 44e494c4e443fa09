import { AbstractPaymentProvider, PaymentActions } from "@medusajs/framework/utils"
import type {
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"

/**
 * What every payment provider of this plugin answers alike: capturing asks nobody (the office records
 * cash or a transfer; a card gateway took the money when the customer paid), a dropped session is
 * simply let go, a payment's data is what the plugin wrote, and Medusa's generic payment webhook is
 * not used (card gateways call the plugin's own /hooks routes; the others call nobody).
 */
export abstract class PaymentsDzProvider<TOptions extends Record<string, unknown> = Record<string, unknown>> extends AbstractPaymentProvider<TOptions> {
  // A public constructor: AbstractPaymentProvider's is protected, which ModuleProvider's typing refuses.
  constructor(cradle: Record<string, unknown>, options: TOptions) {
    super(cradle, options)
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
