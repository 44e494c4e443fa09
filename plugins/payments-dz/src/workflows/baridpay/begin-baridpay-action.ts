import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { BaridpayAction } from "../../lib/baridpay/life-cycle"
import { moveBaridpayOrderStep, type BaridpayRecordChanges } from "./steps/move-baridpay-order"
import { openBaridpayRecordStep } from "./steps/open-baridpay-record"
import { readBaridpayOrderStep } from "./steps/read-baridpay-order"

/**
 * The start every BaridPay action shares (called while composing a workflow): lock the order, read
 * it, open its record and move it by the rules. Medusa's own work comes after, so a failure there
 * rolls the move back.
 */
export function beginBaridpayAction(input: WorkflowData<{ order_id: string }>, action: BaridpayAction, changes: WorkflowData<BaridpayRecordChanges>) {
  const lockKey = transform({ input }, ({ input }) => `baridpay-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const facts = readBaridpayOrderStep({ order_id: input.order_id })
  const opened = openBaridpayRecordStep({ order_id: input.order_id })
  const record = moveBaridpayOrderStep({ record: opened, action, changes, order_canceled: facts.order_canceled })
  return { lockKey, facts, record }
}
