import { MedusaService } from "@medusajs/framework/utils"
import { StaffMember } from "./models/staff-member"

class StaffAccessModuleService extends MedusaService({ StaffMember }) {}

export default StaffAccessModuleService
