import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BARIDPAY_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID, CHARGILY_PROVIDER_ID, SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"

export const CASH_ON_DELIVERY = CASH_ON_DELIVERY_PROVIDER_ID
/** SATIM cards (CIB / Edahabia), Chargily Pay and BaridPay are registered only when configured. */
const SATIM_CARD = SATIM_PROVIDER_ID
const CHARGILY = CHARGILY_PROVIDER_ID
const BARIDPAY = BARIDPAY_PROVIDER_ID
const SHOP_METHODS = [CASH_ON_DELIVERY, SATIM_CARD, CHARGILY, BARIDPAY]

/** The shop's payment methods this server has registered, cash on delivery first. */
export async function shopPaymentProviders(container: MedusaContainer): Promise<string[]> {
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: SHOP_METHODS })
  const ids = new Set(registered.map((provider) => provider.id))
  return SHOP_METHODS.filter((id) => ids.has(id))
}
