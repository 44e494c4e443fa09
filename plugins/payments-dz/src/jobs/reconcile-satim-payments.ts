import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SATIM_MODULE } from "../modules/satim"
import type SatimModuleService from "../modules/satim/service"
import { OPEN_ATTEMPTS_FILTER, isOpenAttempt } from "../lib/satim/payment-status"
import { reconcileSchedule } from "../lib/satim/reconcile-schedule"
import { settleSatimPaymentWorkflow } from "../workflows/satim/settle-satim-payment"

/**
 * Card payments whose customer never came back (tab closed, connection lost) are settled here,
 * exactly as the return page would, with the same rule: a paid live page becomes the order, any
 * other deposit is refunded. Looked at after GRACE: live pages, replaced pages whose closing SATIM
 * never confirmed (paid late → refunded), and deposits still without an order or a refund (a
 * completion or refund that failed: retried). A page still unpaid after GIVE_UP is reversed and closed.
 */
const GRACE_MS = 15 * 60_000
const GIVE_UP_MS = 24 * 60 * 60_000

export type ReconcileReport = { examined: number; settled: number; abandoned: number; failed: number }

export async function reconcileSatimPayments(container: MedusaContainer, now = new Date()): Promise<ReconcileReport> {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: ReconcileReport = { examined: 0, settled: 0, abandoned: 0, failed: 0 }
  if (!satim.isConfigured) return report
  const waiting = await satim.listSatimPayments(
    {
      created_at: { $lt: new Date(now.getTime() - GRACE_MS) },
      satim_order_id: { $ne: null },
      $or: [...OPEN_ATTEMPTS_FILTER, { status: "paid", order_id: null }],
    },
    { take: 200, order: { created_at: "ASC" } }
  )
  for (const attempt of waiting) {
    report.examined++
    try {
      const { result } = await settleSatimPaymentWorkflow(container).run({ input: { satim_order_id: attempt.satim_order_id! } })
      const after = result.attempt
      const stillOpen = isOpenAttempt(after)
      if (!stillOpen && (after.status !== attempt.status || after.order_id !== attempt.order_id)) report.settled++
      else if (stillOpen && now.getTime() - new Date(attempt.created_at).getTime() > GIVE_UP_MS) {
        // Closed only once SATIM confirms the page cannot take money any more; else tried again next run.
        const reversal = await satim.gateway().reverse(attempt.satim_order_id!)
        if (!reversal.ok) continue
        await satim.updateSatimPayments({
          id: attempt.id,
          status: attempt.status === "awaiting_card" ? "declined" : "superseded",
          decided_at: now,
          failure: "Abandoned: never paid within 24 hours",
        })
        report.abandoned++
      }
    } catch (error) {
      report.failed++
      logger.warn(`SATIM reconciliation of ${attempt.order_number}: ${(error as Error).message}`)
    }
  }
  if (report.examined) logger.info(`SATIM reconciliation: ${JSON.stringify(report)}`)
  return report
}

export default async function reconcileSatimPaymentsJob(container: MedusaContainer) {
  await reconcileSatimPayments(container)
}

export const config = { name: "reconcile-satim-payments", schedule: reconcileSchedule(process.env) }
