/**
 * When the SATIM reconciliation job runs. In the shop: every 5 minutes, so that a payment whose
 * customer never came back, or whose settling worker died, is settled within minutes of the grace
 * period (reconcile-satim-payments.ts). SATIM_RECONCILE_TEST_EVERY_SECONDS is for the failure drill
 * that kills a worker mid-settlement (scripts/drills/worker-killed.drill.ts): it waits seconds, not
 * minutes, for the next run. Pure.
 */
import { testIntervalSetting } from "@mj-chauffage/shop-kernel/test-interval"

export const RECONCILE_TEST_SETTING = "SATIM_RECONCILE_TEST_EVERY_SECONDS"
export const EVERY_FIVE_MINUTES = "*/5 * * * *"

/** Medusa's scheduled-job schedule: a cron pattern, or an interval in milliseconds (the drill's setting). */
export function reconcileSchedule(env: Record<string, string | undefined>): string | { interval: number } {
  return testIntervalSetting(env, RECONCILE_TEST_SETTING, 300) ?? EVERY_FIVE_MINUTES
}
