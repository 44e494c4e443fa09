import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import DzDeliveryProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [DzDeliveryProviderService] })
