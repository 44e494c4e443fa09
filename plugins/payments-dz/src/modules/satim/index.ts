import { Module } from "@medusajs/framework/utils"
import SatimModuleService from "./service"

export const SATIM_MODULE = "satim"

export default Module(SATIM_MODULE, { service: SatimModuleService })
