/**
 * When the SATIM reconciliation job runs. In the shop: every 5 minutes, so that a payment whose
 * customer never came back, or whose settling worker died, is settled within minutes of the grace
 * period (reconcile-satim-payments.ts). SATIM_RECONCILE_TEST_EVERY_SECONDS is for the failure drill
 * that kills a worker mid-settlement (scripts/drills/worker-killed.drill.ts): it waits seconds, not
 * minutes, for the next run. Pure.
 */
export const RECONCILE_TEST_SETTING = "SATIM_RECONCILE_TEST_EVERY_SECONDS"
export const EVERY_FIVE_MINUTES = "*/5 * * * *"

/** Medusa's scheduled-job schedule: a cron pattern, or an interval in milliseconds. A malformed test setting is refused, not ignored. */
export function reconcileSchedule(env: Record<string, string | undefined>): string | { interval: number } {
  const value = env[RECONCILE_TEST_SETTING]
  if (value === undefined || value === "") return EVERY_FIVE_MINUTES
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) {
    throw new Error(`${RECONCILE_TEST_SETTING} must be a whole number of seconds from 1 to 300 (got "${value}")`)
  }
  return { interval: seconds * 1000 }
}
