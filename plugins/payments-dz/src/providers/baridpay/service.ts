import { readBaridpayOptions } from "../../lib/baridpay/options"
import { ManualPaymentProvider } from "../manual-payment-provider"

/**
 * BaridPay (BaridiMob's QR payment): Algérie Poste offers merchants no API, so the payment is assisted.
 * Placing the order authorizes the session (the cart completes; the order waits); the customer pays
 * the shop's RIP / QR in BaridiMob and sends the transaction reference, and the payment is captured
 * only when the office confirms the money arrived (workflows/baridpay). The amount limits are checked
 * when the session is chosen (api/store/baridpay/amount-guard.ts). Everything else is the manual
 * provider's (manual-payment-provider.ts).
 */
export class BaridpayProvider extends ManualPaymentProvider {
  static identifier = "baridpay"

  /** A shop without its RIP cannot take BaridPay: refused at start, not at the first order. */
  static validateOptions(options: Record<string, unknown>) {
    readBaridpayOptions(options)
  }
}
