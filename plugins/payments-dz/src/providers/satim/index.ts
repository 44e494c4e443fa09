import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SatimPaymentProvider } from "./service"

/** Registered on the payment module with id "satim" when SATIM is configured: provider id `pp_satim_satim`. */
export default ModuleProvider(Modules.PAYMENT, { services: [SatimPaymentProvider] })
