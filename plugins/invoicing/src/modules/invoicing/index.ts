import { Module } from "@medusajs/framework/utils"
import InvoicingModuleService from "./service"

export const INVOICING_MODULE = "invoicing"

/** The module's service, for callers that resolve it from the container (a subpath import would resolve to a module folder). */
export type InvoicingService = InvoicingModuleService

export default Module(INVOICING_MODULE, { service: InvoicingModuleService })
