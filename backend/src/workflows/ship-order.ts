/**
 * The office hands an order to a carrier: one fulfillment for everything not yet fulfilled (the
 * carrier's name on it), then the shipment with the tracking number. Both are Medusa's own
 * workflows run as steps, so a failed shipment rolls the fulfillment back.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

export type ShipOrderInput = {
  order_id: string
  carrier: string
  tracking_number: string
  tracking_url?: string
  created_by?: string
}

type Quantity = number | string | { numeric?: number; value?: string } | null | undefined
// An order line's quantities live on its order item ("detail") in Medusa v2.
type OrderItems = { id: string; items: Array<{ id: string; detail?: { quantity: Quantity; fulfilled_quantity: Quantity } }> }

// Query returns quantities as numbers or BigNumber values depending on the field.
const toNumber = (value: Quantity) => (value == null ? 0 : MathBN.convert(value as never).toNumber())

export const shipOrderWorkflow = createWorkflow("ship-order", (input: WorkflowData<ShipOrderInput>) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "items.id", "items.detail.quantity", "items.detail.fulfilled_quantity"],
    filters: { id: input.order_id },
  })
  const items = transform({ orders }, ({ orders }) => {
    const order = orders[0] as unknown as OrderItems | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Commande introuvable", refusal("order_not_found"))
    const remaining = order.items
      .map((item) => ({ id: item.id, quantity: toNumber(item.detail?.quantity) - toNumber(item.detail?.fulfilled_quantity) }))
      .filter((item) => item.quantity > 0)
    if (!remaining.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tous les articles de cette commande sont déjà expédiés.", refusal("order_already_shipped"))
    }
    return remaining
  })
  const labels = transform({ input }, ({ input }) => [
    { tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" },
  ])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: {
      order_id: input.order_id,
      items,
      created_by: input.created_by,
      metadata: transform({ input }, ({ input }) => ({ carrier: input.carrier })),
      no_notification: true,
    },
  })
  createOrderShipmentWorkflow.runAsStep({
    input: {
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items,
      labels,
      created_by: input.created_by,
    },
  })
  return new WorkflowResponse({ fulfillment_id: fulfillment.id })
})
