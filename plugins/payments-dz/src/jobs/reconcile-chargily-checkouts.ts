import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OPEN_CHECKOUTS_FILTER, isOpenCheckout } from "../lib/chargily/checkout-status"
import { CHARGILY_MODULE } from "../modules/chargily"
import type ChargilyModuleService from "../modules/chargily/service"
import { settleChargilyCheckoutWorkflow } from "../workflows/chargily/settle-chargily-checkout"

/**
 * Chargily checkouts whose webhook never came and whose customer never came back are settled here,
 * exactly as a webhook would be, after GRACE: open checkouts, and paid ones still without their
 * order (a completion that failed: retried). One still unpaid after GIVE_UP is expired at Chargily.
 */
const GRACE_MS = 15 * 60_000
const GIVE_UP_MS = 24 * 60 * 60_000

export type ChargilyReconcileReport = { examined: number; settled: number; abandoned: number; failed: number }

export async function reconcileChargilyCheckouts(container: MedusaContainer, now = new Date()): Promise<ChargilyReconcileReport> {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const report: ChargilyReconcileReport = { examined: 0, settled: 0, abandoned: 0, failed: 0 }
  if (!chargily.isConfigured) return report
  const waiting = await chargily.listChargilyCheckouts(
    { created_at: { $lt: new Date(now.getTime() - GRACE_MS) }, checkout_id: { $ne: null }, $or: [...OPEN_CHECKOUTS_FILTER, { status: "paid", order_id: null }] },
    { take: 200, order: { created_at: "ASC" } }
  )
  for (const checkout of waiting) {
    report.examined++
    try {
      const { result } = await settleChargilyCheckoutWorkflow(container).run({ input: { checkout_id: checkout.checkout_id! } })
      const after = result.checkout
      if (!isOpenCheckout(after) && (after.status !== checkout.status || after.order_id !== checkout.order_id)) report.settled++
      else if (isOpenCheckout(after) && now.getTime() - new Date(checkout.created_at).getTime() > GIVE_UP_MS && (await chargily.gateway().expire(checkout.checkout_id!))) {
        await chargily.updateChargilyCheckouts({ id: checkout.id, status: checkout.status === "awaiting_payment" ? "canceled" : "superseded", decided_at: now, failure: "Abandoned: never paid within 24 hours" })
        report.abandoned++
      }
    } catch (error) {
      report.failed++
      logger.warn(`Chargily reconciliation of ${checkout.checkout_id}: ${(error as Error).message}`)
    }
  }
  if (report.examined) logger.info(`Chargily reconciliation: ${JSON.stringify(report)}`)
  return report
}

export default async function reconcileChargilyCheckoutsJob(container: MedusaContainer) {
  await reconcileChargilyCheckouts(container)
}

export const config = { name: "reconcile-chargily-checkouts", schedule: "*/5 * * * *" }
