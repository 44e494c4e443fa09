/**
 * A confirmed cash order handed to the carrier: Medusa's fulfilment of everything left, then its
 * shipment with the tracking number (as the generic "Expédier" of the order page does). If the order
 * was already shipped from that generic form, only the record moves.
 */
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { beginCodAction } from "./begin-cod-action"
import { logCodActionStep } from "./steps/log-cod-action"

export type ShipCodOrderInput = { order_id: string; carrier: string; tracking_number: string; tracking_url?: string; staff_user_id: string }

export const shipCodOrderWorkflow = createWorkflow("ship-cod-order", (input: WorkflowData<ShipCodOrderInput>) => {
  const { lockKey, facts, record } = beginCodAction(input, "ship")
  when({ facts }, ({ facts }) => facts.to_ship.length > 0).then(() => {
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: {
        order_id: input.order_id,
        items: facts.to_ship,
        created_by: input.staff_user_id,
        metadata: transform({ input }, ({ input }) => ({ carrier: input.carrier })),
        no_notification: true,
      },
    })
    createOrderShipmentWorkflow.runAsStep({
      input: {
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: facts.to_ship,
        labels: transform({ input }, ({ input }) => [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }]),
        created_by: input.staff_user_id,
      },
    })
  })
  const note = transform({ input }, ({ input }) => `${input.carrier} ${input.tracking_number}`)
  logCodActionStep({ cod_order_id: record.id, action: "ship", note, staff_user_id: input.staff_user_id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
