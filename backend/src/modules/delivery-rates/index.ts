import { Module } from "@medusajs/framework/utils"
import DeliveryRatesModuleService from "./service"

export const DELIVERY_RATES_MODULE = "deliveryRates"

export default Module(DELIVERY_RATES_MODULE, { service: DeliveryRatesModuleService })
