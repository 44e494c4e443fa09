import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import DevSmsNotificationProviderService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, { services: [DevSmsNotificationProviderService] })
