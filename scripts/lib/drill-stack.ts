/**
 * The production stack a failure drill breaks: the production build (`npm run start:prod`, our
 * cluster) with its servers and workers, on a throwaway PostgreSQL 16 that may be paused, and on the
 * machine's Redis (under a prefix of its own) or a private one that may be restarted; seeded.
 */
import assert from "node:assert/strict"
import type { ChildProcess } from "node:child_process"
import { ensureDatabase, findPublishableKey } from "./database"
import { startThrowawayPostgres } from "./embedded-postgres"
import { freePort, waitFor } from "./ports"
import { stopGroup } from "./processes"
import { ensureProductionBuild, seedFromProductionBuild } from "./production-build"
import { clearRedisKeys, productionEnv, redisPrefix, startProduction } from "./production-stack"
import { ALGIERS_ADDRESS } from "../../backend/integration-tests/helpers/algiers-address"
import { STOREFRONT_KEY_TITLE } from "../../backend/src/scripts/seed/storefront-key"

export type DrillStack = {
  api: string
  databaseUrl: string
  database: Awaited<ReturnType<typeof startThrowawayPostgres>>
  /** The publishable key's header and JSON's content type: what a storefront sends. */
  headers: Record<string, string>
  /** What its Redis keys and queues start with (on the machine's Redis unless `redisUrl` named another). */
  redisPrefix: string
  /** Everything the cluster printed so far. */
  output: () => string
  stop: () => Promise<void>
}

/** `env`: more settings for the shop (e.g. the https SATIM simulator's); `postgresFlags`: more PostgreSQL settings (a bench's statement counting). */
export async function startDrillStack(options: { servers: number; workers: number; redisUrl?: string; env?: Record<string, string>; postgresFlags?: string[] }): Promise<DrillStack> {
  const database = await startThrowawayPostgres(options.postgresFlags)
  const databaseUrl = database.url("mj_chauffage")
  await ensureDatabase(databaseUrl)
  const ports = { server: await freePort(), worker: await freePort() }
  const api = `http://127.0.0.1:${ports.server}`
  const prefix = redisPrefix()
  const env = {
    ...productionEnv({ databaseUrl, redisPrefix: prefix, ports, backendUrl: api, trustedProxy: "127.0.0.1" }),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    MEDUSA_SERVERS: String(options.servers),
    MEDUSA_WORKERS: String(options.workers),
    // A drill's customers are a few addresses sending many requests.
    STORE_REQUESTS_PER_MINUTE: "3000",
    LOG_LEVEL: "warn",
    ...options.env,
  }
  await ensureProductionBuild(env)
  let output = ""
  const production: ChildProcess = startProduction(env, (chunk) => (output += chunk))
  const listening = () =>
    (output.match(/\[cluster\] server \d+ listening/g) ?? []).length >= options.servers && (output.match(/\[cluster\] worker \d+ listening/g) ?? []).length >= options.workers
  assert.ok(await waitFor(async () => listening(), 300_000, 250), `the cluster did not start:\n${output.slice(-4000)}`)
  await seedFromProductionBuild(env)
  const key = await findPublishableKey(databaseUrl, STOREFRONT_KEY_TITLE)
  assert.ok(key, "no publishable key after the seed")
  return {
    api,
    databaseUrl,
    database,
    headers: { "x-publishable-api-key": key, "content-type": "application/json" },
    redisPrefix: prefix,
    output: () => output,
    stop: async () => {
      await stopGroup(production, 15_000)
      await database.stop()
      if (!options.redisUrl) clearRedisKeys(prefix)
    },
  }
}

/** Where Store API calls go: a drill's stack, or any production start with its key. */
export type StoreTarget = Pick<DrillStack, "api" | "headers">

/** One answer as a drill records it: how long it took, and what a client would act on. */
export type DrillAnswer = { status: number; ms: number; code?: string; type?: string; retryAfter?: number; body: Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A Store API call as the customer at `address` (behind the TLS proxy). No answer within 60 s, or no
 * answer at all, is status 0: a drill counts it as a hang.
 */
export async function storeCall(stack: StoreTarget, method: "GET" | "POST", url: string, address: string, body?: object): Promise<DrillAnswer> {
  const sentAt = Date.now()
  try {
    const response = await fetch(`${stack.api}${url}`, {
      method,
      headers: { ...stack.headers, "x-forwarded-for": address },
      signal: AbortSignal.timeout(60_000),
      body: body ? JSON.stringify(body) : undefined,
    })
    const answer = (await response.json().catch(() => ({}))) as { code?: string; type?: string }
    const retryAfter = response.headers.get("retry-after")
    return { status: response.status, ms: Date.now() - sentAt, code: answer.code, type: answer.type, retryAfter: retryAfter ? Number(retryAfter) : undefined, body: answer }
  } catch (error) {
    return { status: 0, ms: Date.now() - sentAt, code: `no answer: ${(error as Error).name}`, body: {} }
  }
}

/** "3 × 201, 2 × 503" — a list of answers counted by status and code, for the drill's report. */
export function tally(answers: ReadonlyArray<Pick<DrillAnswer, "status" | "code">>): string {
  const counts = new Map<string, number>()
  for (const { status, code } of answers) counts.set(`${status}${code ? ` ${code}` : ""}`, (counts.get(`${status}${code ? ` ${code}` : ""}`) ?? 0) + 1)
  return [...counts].map(([answer, times]) => `${times} × ${answer}`).join(", ") || "none"
}

/** A cart ready to pay, as the customer at `address` builds it: `quantity` of the variant, home delivery in Algiers, a payment session with `provider`. */
export async function readyCart(stack: StoreTarget, address: string, email: string, variantId: string, provider: string, quantity = 1): Promise<string> {
  const call = (method: "GET" | "POST", url: string, body?: object) => storeCall(stack, method, url, address, body)
  const regionId: string = (await call("GET", "/store/regions")).body.regions[0].id
  const cartId: string = (await call("POST", "/store/carts", { region_id: regionId, email })).body.cart.id
  assert.equal((await call("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity })).status, 200)
  await call("POST", `/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS })
  const options = (await call("GET", `/store/shipping-options?cart_id=${cartId}`)).body.shipping_options as Array<{ id: string; data?: { mode?: string } }>
  await call("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: options.find((option) => option.data?.mode === "home")!.id })
  const collection = (await call("POST", "/store/payment-collections", { cart_id: cartId })).body.payment_collection.id
  assert.equal((await call("POST", `/store/payment-collections/${collection}/payment-sessions`, { provider_id: provider })).status, 200)
  return cartId
}
