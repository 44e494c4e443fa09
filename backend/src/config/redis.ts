import { Modules } from "@medusajs/framework/utils"
import { EVENT_JOB_OPTIONS } from "./event-retries"

/**
 * Medusa's Redis modules (event bus, workflow engine, cache, query cache, locking), every queue and key under
 * REDIS_PREFIX so two environments can share one Redis server.
 */
export function redisPrefix(env: Record<string, string | undefined>): string {
  const prefix = env.REDIS_PREFIX || "mj"
  // BullMQ refuses a queue name with ":" only when the first event is sent; say it at start instead.
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) {
    throw new Error(`REDIS_PREFIX must be 1 to 40 letters, digits, "-" or "_" (got "${prefix}"): it names Redis queues.`)
  }
  return prefix
}

/** How long Medusa's query cache keeps an answer no event has cleared. */
export const CACHED_QUERY_SECONDS = 60

export function redisModules(redisUrl: string | undefined, prefix: string) {
  if (!redisUrl) return []
  const bull = { prefix: `${prefix}-bull` }
  return [
    // Medusa's Redis event bus without queueing every event for the query cache's second clearing (modules/event-bus-redis).
    // A failed subscriber is tried again, for about half an hour (config/event-retries.ts).
    {
      key: Modules.EVENT_BUS,
      resolve: "./src/modules/event-bus-redis",
      options: { redisUrl, queueName: `${prefix}-events`, jobOptions: EVENT_JOB_OPTIONS },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: {
        redis: { redisUrl, queueName: `${prefix}-workflows`, jobQueueName: `${prefix}-workflows-jobs`, queueOptions: bull, workerOptions: bull },
      },
    },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl, namespace: `${prefix}:cache:` } },
    {
      // Medusa's query cache (publishable key checks, Store product lists), shared by every server and cleared by
      // Medusa's own events when a product, price or key changes. 60 s instead of its hour bounds what no event
      // reaches (a translation edited, a row changed in SQL).
      resolve: "@medusajs/medusa/caching",
      options: {
        ttl: CACHED_QUERY_SECONDS,
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl, prefix: `${prefix}:caching:`, ttl: CACHED_QUERY_SECONDS } }],
      },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl, namespace: `${prefix}:lock:` } },
        ],
      },
    },
  ]
}
