import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextBaridpayStatus, type BaridpayAction, type BaridpayStatus } from "../../../lib/baridpay/life-cycle"
import { BARIDPAY_MODULE } from "../../../modules/baridpay"
import type { BaridpayOrderRecord } from "../../../modules/baridpay/models/baridpay-order"
import type BaridpayModuleService from "../../../modules/baridpay/service"

/** The words for each refusal (the code is what clients read). */
const REFUSAL_MESSAGE = {
  baridpay_already_confirmed: "Le paiement BaridPay de cette commande est déjà confirmé.",
  baridpay_order_closed: "Cette commande BaridPay est annulée (paiement rejeté ou jamais reçu).",
  baridpay_reference_already_sent: "Le client a déjà transmis sa référence BaridiMob.",
} as const

/** What the action writes besides the status (reference, decision, expiry). */
export type BaridpayRecordChanges = Partial<Pick<BaridpayOrderRecord, "transaction_reference" | "submitted_at" | "decided_at" | "decided_by" | "expired_at" | "reason">>

type MoveInput = { record: { id: string; status: BaridpayStatus }; action: BaridpayAction; changes: BaridpayRecordChanges; order_canceled: boolean }

/** Moves the record by the life-cycle rules (409 with the rule's code when not allowed); a rollback restores what it overwrote. */
export const moveBaridpayOrderStep = createStep(
  "move-baridpay-order",
  async ({ record, action, changes, order_canceled }: MoveInput, { container }) => {
    const step = nextBaridpayStatus(record.status, action)
    if (!step.allowed) throw new MedusaError(MedusaError.Types.CONFLICT, REFUSAL_MESSAGE[step.code], refusal(step.code))
    // Cancelled from Medusa's own "Cancel order": the record never heard of it, the order is over all the same.
    if (order_canceled) throw new MedusaError(MedusaError.Types.CONFLICT, REFUSAL_MESSAGE.baridpay_order_closed, refusal("baridpay_order_closed"))
    const baridpay = container.resolve<BaridpayModuleService>(BARIDPAY_MODULE)
    const before = await baridpay.retrieveBaridpayOrder(record.id)
    const moved = await baridpay.updateBaridpayOrders({ id: record.id, status: step.status, ...changes })
    const previous = Object.fromEntries(Object.keys(changes).map((field) => [field, (before as Record<string, unknown>)[field] ?? null]))
    return new StepResponse(moved as unknown as BaridpayOrderRecord, { id: record.id, status: before.status, ...previous })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<BaridpayModuleService>(BARIDPAY_MODULE).updateBaridpayOrders(previous as never)
  }
)
