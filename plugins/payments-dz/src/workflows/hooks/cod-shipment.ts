/**
 * Every parcel of a cash-on-delivery order goes through the life cycle, whichever button made it:
 * Medusa Admin's own "Create fulfillment" and "Mark as shipped" and the generic ship route as much as
 * the office's "Expédier" (which moves the record first, so here it finds it shipped). An order not
 * confirmed by phone is refused at either step (409 `cod_not_confirmed`; Medusa rolls its workflow
 * back, stock included); at the shipment, a confirmed order's record moves to shipped and the log says
 * who shipped it with which tracking number (lib/cod/life-cycle.ts, codRecordOnShipment).
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cashPaymentsOf } from "../../lib/cod/cash-order"
import { codRecordOnShipment, type CodStatus } from "../../lib/cod/life-cycle"
import { COD_REFUSAL_MESSAGE } from "../../lib/cod/refusal-messages"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../lib/provider-ids"
import { COD_MODULE } from "../../modules/cod"
import type CodModuleService from "../../modules/cod/service"

type Parcel = {
  id: string
  marked_shipped_by: string | null
  labels: Array<{ tracking_number: string | null } | null> | null
  order: { id: string; payment_collections: Array<{ payments: Array<{ provider_id: string } | null> | null } | null> | null } | null
}

type Undo = { record_id: string; status: CodStatus; shipped_at: Date | null; log_entry_id: string }

/** The parcel and its order's record when the order is paid in cash (record null before the office's first action); else null. Throws the refusal when the parcel may not leave. */
async function cashParcel(container: MedusaContainer, fulfillmentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "marked_shipped_by", "labels.tracking_number", "order.id", "order.payment_collections.payments.provider_id"],
    filters: { id: fulfillmentId },
  })
  const parcel = data[0] as unknown as Parcel | undefined
  const order = parcel?.order
  if (!parcel || !order || !cashPaymentsOf(order, CASH_ON_DELIVERY_PROVIDER_ID).length) return null
  const [record] = await container.resolve<CodModuleService>(COD_MODULE).listCodOrders({ order_id: order.id })
  const outcome = codRecordOnShipment(record?.status ?? "placed")
  if (!outcome.allowed) throw new MedusaError(MedusaError.Types.CONFLICT, COD_REFUSAL_MESSAGE[outcome.code], refusal(outcome.code))
  return { parcel, record: outcome.changed ? record : undefined }
}

createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(async ({ fulfillment }, { container }) => {
  await cashParcel(container, fulfillment.id)
})

createOrderShipmentWorkflow.hooks.shipmentCreated(
  async ({ shipment }, { container }) => {
    const found = await cashParcel(container, shipment.id)
    if (!found?.record) return
    const { parcel, record } = found
    const cod = container.resolve<CodModuleService>(COD_MODULE)
    await cod.updateCodOrders({ id: record.id, status: "shipped", shipped_at: new Date() })
    const tracking = (parcel.labels ?? []).map((label) => label?.tracking_number).filter(Boolean).join(", ")
    const entry = await cod.createCodLogEntries({
      cod_order_id: record.id,
      action: "ship",
      call_outcome: null,
      note: tracking || null,
      // Medusa's routes always pass the admin who acted; a shipment made by code names none.
      staff_user_id: parcel.marked_shipped_by ?? "system",
    })
    const undo: Undo = { record_id: record.id, status: record.status, shipped_at: record.shipped_at ?? null, log_entry_id: entry.id }
    return new StepResponse(undefined, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const cod = container.resolve<CodModuleService>(COD_MODULE)
    await cod.deleteCodLogEntries(undo.log_entry_id)
    await cod.updateCodOrders({ id: undo.record_id, status: undo.status, shipped_at: undo.shipped_at })
  }
)
