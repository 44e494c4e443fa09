import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextCodStatus, REACHED_AT, type CodAction, type CodStatus } from "../../../lib/cod/life-cycle"
import { COD_REFUSAL_MESSAGE } from "../../../lib/cod/refusal-messages"
import { COD_MODULE } from "../../../modules/cod"
import type CodModuleService from "../../../modules/cod/service"

type MoveInput = { record: { id: string; status: CodStatus }; action: CodAction; reason?: string | null; order_canceled: boolean }
type Previous = { id: string; status: CodStatus; field: string | null; value: unknown; reason: string | null }

/** Moves the record by the life-cycle rules (409 with the rule's code when the action is not allowed from where it is). */
export const moveCodOrderStep = createStep(
  "move-cod-order",
  async ({ record, action, reason, order_canceled }: MoveInput, { container }) => {
    const step = nextCodStatus(record.status, action)
    if (!step.allowed) throw new MedusaError(MedusaError.Types.CONFLICT, COD_REFUSAL_MESSAGE[step.code], refusal(step.code))
    // Cancelled from Medusa's own "Cancel order": the record never heard of it, the order is over all the same.
    if (order_canceled) throw new MedusaError(MedusaError.Types.CONFLICT, COD_REFUSAL_MESSAGE.cod_order_cancelled, refusal("cod_order_cancelled"))
    const cod = container.resolve<CodModuleService>(COD_MODULE)
    const before = await cod.retrieveCodOrder(record.id)
    const field = step.status === record.status ? null : (REACHED_AT as Record<string, string>)[step.status] ?? null
    const update: Record<string, unknown> = { id: record.id, status: step.status }
    if (field) update[field] = new Date()
    if (reason) update.reason = reason
    const moved = await cod.updateCodOrders(update as never)
    const previous: Previous = { id: record.id, status: before.status, field, value: field ? (before as Record<string, unknown>)[field] ?? null : null, reason: before.reason ?? null }
    return new StepResponse(moved as unknown as { id: string; status: CodStatus }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const restore: Record<string, unknown> = { id: previous.id, status: previous.status, reason: previous.reason }
    if (previous.field) restore[previous.field] = previous.value
    await container.resolve<CodModuleService>(COD_MODULE).updateCodOrders(restore as never)
  }
)
