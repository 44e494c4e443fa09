import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COD_MODULE } from "../../../modules/cod"
import type CodModuleService from "../../../modules/cod/service"

/** The order's cash-on-delivery record, created ("placed") at the office's first action; a rollback deletes what it created. */
export const openCodRecordStep = createStep(
  "open-cod-record",
  async ({ order_id }: { order_id: string }, { container }) => {
    const cod = container.resolve<CodModuleService>(COD_MODULE)
    const [existing] = await cod.listCodOrders({ order_id })
    if (existing) return new StepResponse(existing, null)
    const created = await cod.createCodOrders({ order_id })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<CodModuleService>(COD_MODULE).deleteCodOrders(createdId)
  }
)
