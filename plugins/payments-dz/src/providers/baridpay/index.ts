import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BaridpayProvider } from "./service"

/** Registered on the payment module with id "baridpay": its provider id is `pp_baridpay_baridpay`. */
export default ModuleProvider(Modules.PAYMENT, { services: [BaridpayProvider] })
