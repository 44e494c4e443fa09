import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CashOnDeliveryProvider } from "./service"

/** Registered on the payment module with id "cod": its provider id is `pp_cod_cod`. */
export default ModuleProvider(Modules.PAYMENT, { services: [CashOnDeliveryProvider] })
