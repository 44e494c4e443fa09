/**
 * Rate limits shared by every server process: counted in Redis when REDIS_URL is set (production
 * always has it), in this process's memory otherwise (development, tests). rate-limiter-flexible
 * does the counting; a Redis outage falls back to memory rather than refusing every customer.
 */
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

export type LimitSettings = {
  /** Names the counter in Redis: one name per kind of action. */
  name: string
  /** How many actions a key may take in the window. */
  points: number
  durationSeconds: number
}

export type Limiter = RateLimiterAbstract

export type LimitVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

let sharedRedis: Redis | undefined

function redisClient(url: string): Redis {
  // One connection per process for every limiter; commands fail fast when Redis is away.
  sharedRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  return sharedRedis
}

export function rateLimiter(settings: LimitSettings, env: NodeJS.ProcessEnv = process.env): RateLimiterAbstract {
  const prefix = `${env.REDIS_PREFIX || "mj"}:rate:${settings.name}`
  const memory = new RateLimiterMemory({ keyPrefix: prefix, points: settings.points, duration: settings.durationSeconds })
  if (!env.REDIS_URL) return memory
  return new RateLimiterRedis({
    storeClient: redisClient(env.REDIS_URL),
    keyPrefix: prefix,
    points: settings.points,
    duration: settings.durationSeconds,
    insuranceLimiter: memory,
  })
}

/** Counts one action for `key`; refused once the key has used its points in the window. */
export async function consumeLimit(limiter: RateLimiterAbstract, key: string): Promise<LimitVerdict> {
  try {
    const result = await limiter.consume(key)
    return { allowed: true, remaining: result.remainingPoints }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    }
    throw rejection
  }
}

/** Whether `key` still has points in the window, without using one. */
export async function limitStatus(limiter: RateLimiterAbstract, key: string): Promise<LimitVerdict> {
  // A store that cannot answer does not block customers: counting (consumeLimit) has its memory fallback.
  const result = await limiter.get(key).catch(() => null)
  if (!result || result.remainingPoints > 0) return { allowed: true, remaining: result?.remainingPoints ?? limiter.points }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) }
}

const shared = new Map<string, RateLimiterAbstract>()

/** One limiter per kind of action in this process (its counts live in Redis when there is one). */
export function sharedLimiter(settings: LimitSettings): RateLimiterAbstract {
  let limiter = shared.get(settings.name)
  if (!limiter) shared.set(settings.name, (limiter = rateLimiter(settings)))
  return limiter
}

type JsonResponse = { setHeader(name: string, value: string): unknown; status(code: number): { json(body: unknown): unknown } }

/** 429 with Retry-After and the refusal's code: what every limit answers. */
export function answerTooMany(res: JsonResponse, retryAfterSeconds: number, code: string, message: string): void {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({ type: "not_allowed", code, message })
}
