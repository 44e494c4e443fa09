/** The delivery table from whatever container holds the delivery-rates module (cached there a few seconds). */
import { DELIVERY_RATES_MODULE } from "../../modules/delivery-rates"
import type DeliveryRatesModuleService from "../../modules/delivery-rates/service"
import type { DeliveryTable } from "./delivery-table"

type Scope = { resolve<T>(key: string): T }

export const readDeliveryTable = (scope: Scope): Promise<DeliveryTable> => scope.resolve<DeliveryRatesModuleService>(DELIVERY_RATES_MODULE).deliveryTable()
