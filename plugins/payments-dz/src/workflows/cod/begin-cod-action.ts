import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { CodAction } from "../../lib/cod/life-cycle"
import { moveCodOrderStep } from "./steps/move-cod-order"
import { openCodRecordStep } from "./steps/open-cod-record"
import { readCashOrderStep } from "./steps/read-cash-order"

/** One action on an order at a time: a second click waits, then meets the new status. */
export const codLockKey = (input: WorkflowData<{ order_id: string }>) => transform({ input }, ({ input }) => `cod-order:${input.order_id}`)

/**
 * The start every cash-on-delivery action shares (called while composing a workflow): lock the
 * order, read it, open its record and move it by the rules. Medusa's own work comes after, so a
 * failure there rolls the move back.
 */
export function beginCodAction(input: WorkflowData<{ order_id: string }>, action: WorkflowData<CodAction> | CodAction, reason?: WorkflowData<string | undefined>) {
  const lockKey = codLockKey(input)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const facts = readCashOrderStep({ order_id: input.order_id })
  const opened = openCodRecordStep({ order_id: input.order_id })
  const record = moveCodOrderStep({ record: opened, action, reason, order_canceled: facts.order_canceled })
  return { lockKey, facts, record }
}
