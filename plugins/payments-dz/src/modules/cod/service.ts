import { MedusaService } from "@medusajs/framework/utils"
import { CodLogEntry } from "./models/cod-log-entry"
import { CodOrder } from "./models/cod-order"

/** Records of cash-on-delivery orders and their log; the rules are lib/cod, the actions workflows/cod. */
class CodModuleService extends MedusaService({ CodOrder, CodLogEntry }) {}

export default CodModuleService
