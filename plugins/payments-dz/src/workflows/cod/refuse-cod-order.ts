/**
 * The customer refused the parcel at the door and the carrier brought it back: a return through
 * Medusa's return workflows (requested, confirmed, received: the parts go back into stock at the
 * location they left), then the order is cancelled with its unpaid cash payment, and the customer
 * sees it CANCELLED. Medusa's own cancel refuses an order whose parcel has shipped, so the cancel is
 * its steps without that check: the payment, the collection, the order, the event.
 */
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrdersStep,
  cancelPaymentStep,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
  requestItemReturnWorkflow,
  updatePaymentCollectionStep,
} from "@medusajs/medusa/core-flows"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError, OrderWorkflowEvents, PaymentCollectionStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { CashOrderFacts } from "../../lib/cod/cash-order"
import { beginCodAction } from "./begin-cod-action"
import { logCodActionStep } from "./steps/log-cod-action"

export type RefuseCodOrderInput = { order_id: string; reason: string; staff_user_id: string }

/** The parcel that comes back and its lines; a cash payment captured already (Medusa's own button) is not undone here. */
function parcelComingBack(facts: CashOrderFacts) {
  if (facts.cash_captured) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Le paiement de cette commande est déjà encaissé : faites un retour avec remboursement.", refusal("cod_already_collected"))
  }
  if (!facts.parcel || !facts.shipped.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Aucun colis expédié à faire revenir pour cette commande.", refusal("cod_not_shipped"))
  }
  return { location_id: facts.parcel.location_id ?? undefined, items: facts.shipped }
}

export const refuseCodOrderWorkflow = createWorkflow("refuse-cod-order", (input: WorkflowData<RefuseCodOrderInput>) => {
  const reason = transform({ input }, ({ input }): string | undefined => input.reason)
  const { lockKey, facts, record } = beginCodAction(input, "refuse", reason)
  const parcel = transform({ facts }, ({ facts }) => parcelComingBack(facts))
  const note = transform({ input }, ({ input }) => `Colis refusé à la livraison : ${input.reason}`)

  const change = beginReturnOrderWorkflow.runAsStep({
    input: { order_id: input.order_id, location_id: parcel.location_id, created_by: input.staff_user_id, internal_note: note },
  })
  const returnId = transform({ change }, ({ change }) => change.return_id!)
  requestItemReturnWorkflow.runAsStep({ input: { return_id: returnId, items: parcel.items } })
  confirmReturnRequestWorkflow.runAsStep({ input: { return_id: returnId, confirmed_by: input.staff_user_id } })
  beginReceiveReturnWorkflow.runAsStep({ input: { return_id: returnId, created_by: input.staff_user_id } })
  receiveItemReturnRequestWorkflow.runAsStep({ input: { return_id: returnId, items: parcel.items } })
  confirmReturnReceiveWorkflow.runAsStep({ input: { return_id: returnId, confirmed_by: input.staff_user_id } })

  when({ facts }, ({ facts }) => facts.open_cash_payment_id !== null).then(() => {
    cancelPaymentStep({ paymentIds: transform({ facts }, ({ facts }) => [facts.open_cash_payment_id!]) })
  })
  when({ facts }, ({ facts }) => facts.payment_collection_ids.length > 0).then(() => {
    updatePaymentCollectionStep({ selector: { id: facts.payment_collection_ids }, update: { status: PaymentCollectionStatus.CANCELED } })
  })
  cancelOrdersStep({ orderIds: transform({ input }, ({ input }) => [input.order_id]) })
  emitEventStep({ eventName: OrderWorkflowEvents.CANCELED, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })

  logCodActionStep({ cod_order_id: record.id, action: "refuse", note: input.reason, staff_user_id: input.staff_user_id })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(record)
})
