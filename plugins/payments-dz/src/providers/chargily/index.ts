import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ChargilyPaymentProvider } from "./service"

/** Registered on the payment module with id "chargily" when Chargily is configured: provider id `pp_chargily_chargily`. */
export default ModuleProvider(Modules.PAYMENT, { services: [ChargilyPaymentProvider] })
