import { ManualPaymentProvider } from "../manual-payment-provider"

type CashOnDeliveryOptions = Record<string, never>

/**
 * Cash on delivery: the customer pays the courier or the stop-desk. Nothing is captured until the
 * merchant records the cash received (the COD life cycle's "collect"), and a refused parcel is a
 * cancellation. Everything else is the manual provider's (manual-payment-provider.ts).
 */
export class CashOnDeliveryProvider extends ManualPaymentProvider<CashOnDeliveryOptions> {
  static identifier = "cod"
}
