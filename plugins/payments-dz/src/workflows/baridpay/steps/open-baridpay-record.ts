import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BARIDPAY_MODULE } from "../../../modules/baridpay"
import type BaridpayModuleService from "../../../modules/baridpay/service"

/** The order's BaridPay record, created ("awaiting_reference") at the first action on it; a rollback deletes what it created. */
export const openBaridpayRecordStep = createStep(
  "open-baridpay-record",
  async ({ order_id }: { order_id: string }, { container }) => {
    const baridpay = container.resolve<BaridpayModuleService>(BARIDPAY_MODULE)
    const [existing] = await baridpay.listBaridpayOrders({ order_id })
    if (existing) return new StepResponse(existing, null)
    const created = await baridpay.createBaridpayOrders({ order_id })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<BaridpayModuleService>(BARIDPAY_MODULE).deleteBaridpayOrders(createdId)
  }
)
