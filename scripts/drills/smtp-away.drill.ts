/**
 * Failure drill: the SMTP server away when an order is placed, against the production build (one
 * server and one worker on Redis, a throwaway PostgreSQL 16: drill-stack.ts). The checkout must not
 * notice; the worker's first try at the "order placed" mail fails; once the server is back, the event
 * bus tries the failed subscriber again (config/event-retries.ts: 15 s, then doubling) and the
 * customer gets the mail, once.
 * Run with `npm run drill:failures` (not part of npm test).
 */
import assert from "node:assert/strict"
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { withClient } from "../lib/database"
import { readyCart, startDrillStack, storeCall, type DrillStack } from "../lib/drill-stack"
import { freePort, waitFor } from "../lib/ports"
import { REDIS_URL, skipWithoutRedis } from "../lib/production-stack"
import { startSmtpSink, type SmtpSink } from "../lib/smtp-sink"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"
import { CASH_ON_DELIVERY } from "../../backend/src/scripts/seed/payment-providers"

/** The first retry comes 15 s after the failure, the next 30 s after that: the mail must be in by then. */
const MAIL_DEADLINE_MS = 120_000
const CUSTOMER = "198.51.100.40"
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** Jobs of the queue still to run or to try again (BullMQ's wait, active, delayed and prioritized sets), and failed for good. */
async function pendingAttempts(queue: string): Promise<number> {
  const count = (command: string, key: string) => Number(execFileSync("redis-cli", ["-u", REDIS_URL, command, `${queue}:${key}`], { encoding: "utf8" }).trim() || 0)
  return count("LLEN", "wait") + count("LLEN", "active") + count("ZCARD", "delayed") + count("ZCARD", "prioritized") + count("ZCARD", "failed")
}

describe("the SMTP server away when an order is placed", { timeout: 900_000, skip: skipWithoutRedis() }, () => {
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-smtp-drill-"))
  let smtpPort = 0
  let stack: DrillStack
  let sink: SmtpSink | undefined

  before(async () => {
    // Nothing listens there until the drill starts the sink.
    smtpPort = await freePort()
    stack = await startDrillStack({ servers: 1, workers: 1, env: { SMTP_PORT: String(smtpPort) } })
  })

  after(async () => {
    await sink?.stop()
    await stack?.stop()
    fs.rmSync(mailDir, { recursive: true, force: true })
  })

  it("places the order, then sends its mail once the server is back, once", async () => {
    const part = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 1)!
    const call = (method: "GET" | "POST", url: string, body?: object) => storeCall(stack, method, url, CUSTOMER, body)
    const variantId: string = (await call("GET", `/store/products?handle=${part.handle}`)).body.products[0].variants[0].id
    const email = "smtp-drill@example.dz"
    const cartId = await readyCart(stack, CUSTOMER, email, variantId, CASH_ON_DELIVERY)

    const completed = await call("POST", `/store/carts/${cartId}/complete`, {})
    assert.equal(completed.status, 200)
    assert.equal(completed.body.type, "order")
    const orderId: string = completed.body.order.id

    assert.ok(
      await waitFor(async () => stack.output().includes("An error occurred while processing order.placed"), 60_000, 100),
      `the worker did not try the order mail:\n${stack.output().slice(-3000)}`
    )
    const backAt = Date.now()
    sink = await startSmtpSink({ port: smtpPort, dir: mailDir })
    const mailsToCustomer = () => sink!.files().filter((file) => fs.readFileSync(file, "utf8").includes(`To: ${email}`))
    assert.ok(await waitFor(async () => mailsToCustomer().length > 0, MAIL_DEADLINE_MS, 250), `no order mail ${seconds(MAIL_DEADLINE_MS)} s after the SMTP server came back`)
    process.stdout.write(`# order mail delivered ${seconds(Date.now() - backAt)} s after the SMTP server came back\n`)

    // Sent once: the key's row says so (the failed try kept aside under its own key), and no attempt of the event is left.
    const notifications = await withClient(stack.databaseUrl, async (client) =>
      (await client.query<{ idempotency_key: string; status: string }>(
        "SELECT idempotency_key, status FROM notification WHERE resource_id = $1 AND template = 'order-placed' ORDER BY created_at", [orderId]
      )).rows
    )
    assert.deepEqual(
      notifications.map((notification) => `${notification.idempotency_key.replace(/#failed-noti_\w+$/, "#failed")} ${notification.status}`),
      [`order-placed-${orderId}#failed failure`, `order-placed-${orderId} success`]
    )
    const queue = `RedisEventBusService:${stack.redisPrefix}-events`
    assert.ok(await waitFor(async () => (await pendingAttempts(queue)) === 0, 10_000, 100), `attempts of events still pending in ${queue}`)
    assert.equal(mailsToCustomer().length, 1)
  })
})
