/**
 * How the Redis event bus retries a subscriber that failed: an order mail while the SMTP server is away, an
 * invoice while PostgreSQL restarts. Medusa's bus runs again only the subscribers of the event that failed
 * (BullMQ attempts; without them it logs and drops the event). Ours are safe to run again: mails and SMS
 * carry an idempotency key (the notification module resends only a failed one), invoices and credit notes are
 * issued once per order and refund. A job still failing after the last attempt stays in BullMQ's failed set
 * for a week, for the office to see and replay.
 */
export const EVENT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: "exponential" as const, delay: 15_000 },
  removeOnFail: { age: 7 * 24 * 60 * 60 },
}

type RetryOptions = { attempts: number; backoff: { type: "exponential" | "fixed"; delay: number } }

/** How long after the first attempt the last one starts: BullMQ waits delay × 2^(n-1) after the n-th failure (exponential). */
export function lastAttemptAfterMs({ attempts, backoff }: RetryOptions): number {
  let total = 0
  for (let failed = 1; failed < attempts; failed++) total += backoff.type === "exponential" ? backoff.delay * 2 ** (failed - 1) : backoff.delay
  return total
}
