import { Module } from "@medusajs/framework/utils"
import BaridpayModuleService from "./service"

export const BARIDPAY_MODULE = "baridpay"

export default Module(BARIDPAY_MODULE, { service: BaridpayModuleService })
