import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_RATES_MODULE } from "../../../modules/delivery-rates"
import type DeliveryRatesModuleService from "../../../modules/delivery-rates/service"

export const ratesOf = (container: Pick<MedusaContainer, "resolve">) => container.resolve<DeliveryRatesModuleService>(DELIVERY_RATES_MODULE)

/** The fields an update may change, from the record before it (what its compensation writes back). */
export function previousValues<Changes extends { id: string }>(before: Record<string, unknown>, changes: Changes): Changes {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, before[key]])) as Changes
}
