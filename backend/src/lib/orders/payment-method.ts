import type { OrderPaymentMethod } from "@mj-chauffage/shop-kernel/customer-order"
import { BARIDPAY_PROVIDER_ID, CHARGILY_PROVIDER_ID, SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"

/** The order fields `orderPaymentMethod` reads: its payments' providers. */
export const ORDER_PAYMENT_FIELDS = ["payment_collections.payments.provider_id"]

export type OrderPayments = {
  payment_collections?: ReadonlyArray<{ payments?: ReadonlyArray<{ provider_id?: string | null } | null> | null } | null> | null
}

/**
 * By card when one of the order's payments went through SATIM or Chargily (CIB / Edahabia), by
 * BaridPay (in BaridiMob, confirmed by the office) when through BaridPay; otherwise cash on delivery.
 */
export function orderPaymentMethod(order: OrderPayments): OrderPaymentMethod {
  const providers = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).map((payment) => payment?.provider_id)
  if (providers.includes(SATIM_PROVIDER_ID) || providers.includes(CHARGILY_PROVIDER_ID)) return "card"
  return providers.includes(BARIDPAY_PROVIDER_ID) ? "baridpay" : "cash_on_delivery"
}
