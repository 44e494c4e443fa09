import { Module } from "@medusajs/framework/utils"
import ChargilyModuleService from "./service"

export const CHARGILY_MODULE = "chargily"

export default Module(CHARGILY_MODULE, { service: ChargilyModuleService })
