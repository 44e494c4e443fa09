import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { HardenedEmailPassService } from "./service"

/** E-mail and password login (customers and staff), replacing Medusa's default emailpass provider. */
export default ModuleProvider(Modules.AUTH, { services: [HardenedEmailPassService] })
