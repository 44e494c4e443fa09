/**
 * The two sides bench/compare.ts measures, started and made ready alike: ours (our production build
 * as scripts/lib/drill-stack.ts starts it) and the bare Medusa 2.21.2 (bare-medusa-stack.ts), each
 * with what its routes need: the region, a product, a variant that can be bought without running
 * out, the cash payment provider, the shipping option a home delivery picks.
 */
import assert from "node:assert/strict"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { withClient } from "../../scripts/lib/database"
import { deleteRedisKeys } from "../../scripts/lib/production-stack"
import { runCatalogueGenerator } from "./catalogue-generator"
import { startDrillStack } from "../../scripts/lib/drill-stack"
import { ALGIERS_ADDRESS } from "../../backend/integration-tests/helpers/algiers-address"
import { CASH_ON_DELIVERY } from "../../backend/src/scripts/seed/payment-providers"
import { startBareStack } from "./bare-medusa-stack"
import { processGroupOf } from "./process-cpu"
import { startSmtpSink } from "../../scripts/lib/smtp-sink"

type ShippingOption = { id: string; data?: { mode?: string } | null }

export type BenchSide = {
  name: "ours" | "bare"
  /** What runs on this side, for the table's header. */
  runs: string
  api: string
  headers: Record<string, string>
  databaseUrl: string
  /** The process group whose CPU time counts for this side. */
  group: number
  regionId: string
  productId: string
  variantId: string
  productCount: number
  paymentProvider: string
  address: typeof ALGIERS_ADDRESS
  homeDelivery: (options: ShippingOption[]) => string
  /** What the side's processes printed so far (ours: the cluster's lines name each process's role). */
  output: () => string
  stop: () => Promise<void>
}

/** How many times a call was told the cart was busy and tried again, since the process started. */
export const busyRetries = { count: 0 }

/**
 * A Store API call that must succeed; its JSON. Told that the cart is busy with another request
 * (ours: 409 request_in_progress), it waits as told (at most 3 s) and tries again, as the storefront does.
 */
export async function storeJson<T = any>(side: Pick<BenchSide, "api" | "headers">, method: "GET" | "POST", path: string, body?: object): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(side.api + path, { method, headers: side.headers, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(60_000) })
    const text = await response.text()
    if (response.status === 409 && text.includes("request_in_progress") && attempt < 10) {
      busyRetries.count++
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(response.headers.get("retry-after")) || 1, 3) * 1000))
      continue
    }
    assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
    return JSON.parse(text) as T
  }
}

async function catalogue(side: Pick<BenchSide, "api" | "headers">) {
  const regionId: string = (await storeJson(side, "GET", "/store/regions")).regions[0].id
  const page = await storeJson<{ count: number; products: Array<{ id: string; variants: Array<{ id: string }> }> }>(
    side,
    "GET",
    `/store/products?limit=100&region_id=${regionId}&fields=id,*variants`
  )
  return { regionId, page }
}

/**
 * bench:catalogue's made-up parts added to the running stack's database (its own process, no Redis: its
 * events reach no server), then the servers' query cache emptied so that no list counted before is served.
 */
function addMadeUpParts(databaseUrl: string, redisPrefix: string, count: number): void {
  const secret = () => crypto.randomBytes(32).toString("hex")
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", JWT_SECRET: secret(), COOKIE_SECRET: secret(), LINK_SIGNING_SECRET: secret() }
  delete env.REDIS_URL
  assert.equal(runCatalogueGenerator(env, count), 0, "bench:catalogue's generator failed")
  deleteRedisKeys(`${redisPrefix}:caching:*`)
}

/** What a bench may change on a side: more PostgreSQL settings (statement counting) and, per side, below. */
type SideOptions = { postgresFlags?: string[] }

/**
 * `env`: more settings for our processes (bench:checkouts passes the V8 profiler's); `madeUpParts`:
 * bench:catalogue's parts added to the seed's (bench:compare's BENCH_PRODUCTS).
 */
export async function startOurs({ env = {}, postgresFlags = [], madeUpParts = 0 }: SideOptions & { env?: Record<string, string>; madeUpParts?: number } = {}): Promise<BenchSide> {
  // The order mails are sent, as in production (refused, the worker's cost per order was a failed connection's):
  // to a sink in this bench's own process, the mail server's CPU counted with the customers', not ours.
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-bench-mail-"))
  const mail = await startSmtpSink({ port: 0, dir: mailDir })
  const stopMail = async () => {
    await mail.stop()
    fs.rmSync(mailDir, { recursive: true, force: true })
  }
  const stack = await startDrillStack({
    servers: 2,
    workers: 1,
    postgresFlags,
    // Autocannon on loopback is the storefront reading for everyone, not one client under the Store API's ceiling.
    env: { TRUSTED_PROXIES: "loopback", SMTP_PORT: String(mail.port), ...env },
  }).catch(async (error: Error) => {
    await stopMail()
    throw error
  })
  const stop = async () => {
    await stack.stop()
    await stopMail()
  }
  try {
    if (madeUpParts > 0) addMadeUpParts(stack.databaseUrl, stack.redisPrefix, madeUpParts)
    const pid = Number(/\[cluster\] server (\d+) listening/.exec(stack.output())?.[1])
    const { regionId, page } = await catalogue(stack)
    // The seed's parts have a few units each; the bench's checkouts all buy the first part, given ample stock (as bare's).
    const product = page.products.find((candidate) => candidate.variants.length === 1)!
    const variantId = product.variants[0]!.id
    const updated = await withClient(stack.databaseUrl, (client) =>
      client.query(
        // Both columns: Medusa's availability checks read the exact value (raw_stocked_quantity).
        `UPDATE inventory_level SET stocked_quantity = 1000000, raw_stocked_quantity = '{"value": "1000000", "precision": 20}'
          WHERE inventory_item_id IN (SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL)`,
        [variantId]
      )
    )
    assert.ok(updated.rowCount, "the bench part has no stock level to raise")
    return {
      name: "ours",
      runs: "our production build (`npm run start:prod`: 2 servers + 1 worker, Redis, Medusa's query cache in Redis), PostgreSQL 16 (embedded, throwaway)",
      api: stack.api,
      headers: stack.headers,
      databaseUrl: stack.databaseUrl,
      group: processGroupOf(pid),
      regionId,
      productId: product.id,
      variantId,
      productCount: page.count,
      paymentProvider: CASH_ON_DELIVERY,
      address: ALGIERS_ADDRESS,
      homeDelivery: (options) => options.find((option) => option.data?.mode === "home")!.id,
      output: stack.output,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** `cpuProfileDir`: its one process writes a V8 CPU profile there when it stops. */
export async function startBare(productCount: number, { postgresFlags = [], cpuProfileDir }: SideOptions & { cpuProfileDir?: string } = {}): Promise<BenchSide> {
  const stack = await startBareStack(productCount, { postgresFlags, cpuProfileDir })
  try {
    const { regionId, page } = await catalogue(stack)
    assert.equal(page.count, productCount, "the bare seed made another number of products")
    const product = page.products[0]!
    return {
      name: "bare",
      runs: "bare Medusa 2.21.2 (`medusa start` of its production build: 1 process, shared worker mode, in-memory event bus / cache / locking / workflows, no Redis), PostgreSQL 16 (embedded, throwaway)",
      api: stack.api,
      headers: stack.headers,
      databaseUrl: stack.databaseUrl,
      group: stack.pid,
      regionId,
      productId: product.id,
      variantId: product.variants[0]!.id,
      productCount,
      paymentProvider: "pp_system_default",
      address: ALGIERS_ADDRESS,
      homeDelivery: (options) => options[0]!.id,
      output: stack.output,
      stop: stack.stop,
    }
  } catch (error) {
    await stack.stop()
    throw error
  }
}
