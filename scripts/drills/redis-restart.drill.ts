/**
 * Failure drill: Redis restarted (down 5 s, append-only file kept, as production's Compose runs it)
 * while customers complete their checkouts, against the production build (one server and one worker
 * on a Redis of the drill's own: drill-stack.ts). Each customer does what the storefront does: on a
 * 503 or a 409 "in progress" it waits as told and tries again. Every answer comes within seconds and
 * is never a 500; every cart becomes exactly one order, the stock reserved once per order; once Redis
 * is back, checkouts go through with no restart of anything.
 * Run with `npm run drill:failures` (not part of npm test).
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { withClient } from "../lib/database"
import { readyCart, startDrillStack, storeCall, tally, type DrillAnswer, type DrillStack } from "../lib/drill-stack"
import { waitFor } from "../lib/ports"
import { startPrivateRedis, type PrivateRedis } from "../lib/private-redis"
import { skipWithoutRedis } from "../lib/production-stack"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"
import { CASH_ON_DELIVERY } from "../../backend/src/scripts/seed/payment-providers"

const CUSTOMERS = 12
const REDIS_DOWN_MS = 5_000
const LONGEST_ANSWER_MS = 12_000
/** How long a customer keeps trying (as told by Retry-After) before the drill calls the checkout lost. */
const GIVE_UP_AFTER_MS = 90_000
const seconds = (ms: number) => (ms / 1000).toFixed(1)

describe("Redis restarted during checkouts", { timeout: 900_000, skip: skipWithoutRedis() }, () => {
  let redis: PrivateRedis
  let stack: DrillStack

  before(async () => {
    redis = await startPrivateRedis()
    stack = await startDrillStack({ servers: 1, workers: 1, redisUrl: redis.url })
  })

  after(async () => {
    await stack?.stop()
    await redis?.stop()
  })

  it("answers within seconds and never 500, and every cart becomes exactly one order", async () => {
    const part = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 2 * CUSTOMERS)!
    assert.ok(part, "no seeded part with enough stock")
    const address = (who: number) => `198.51.100.${who + 1}`
    const call = (who: number, method: "GET" | "POST", url: string, body?: object) => storeCall(stack, method, url, address(who), body)
    const variantId: string = (await call(0, "GET", `/store/products?handle=${part.handle}`)).body.products[0].variants[0].id

    const carts: string[] = []
    for (let who = 0; who < CUSTOMERS; who++) carts.push(await readyCart(stack, address(who), `redis-drill-${who}@example.dz`, variantId, CASH_ON_DELIVERY))

    const answers: Array<DrillAnswer & { who: number; sentAt: number }> = []
    const orderOf = new Map<number, string>()
    let restartedAt = 0
    let backAt = 0
    // Customers complete one after the other, 800 ms apart; each tries again when told to (Retry-After, at most 3 s here).
    const customer = async (who: number) => {
      await new Promise((resolve) => setTimeout(resolve, who * 800))
      const giveUpAt = Date.now() + GIVE_UP_AFTER_MS
      while (Date.now() < giveUpAt) {
        const sentAt = Date.now()
        const answer = await call(who, "POST", `/store/carts/${carts[who]}/complete`, {})
        answers.push({ ...answer, who, sentAt })
        if (answer.status === 200 && answer.body.type === "order") {
          orderOf.set(who, answer.body.order.id)
          return
        }
        if (answer.status !== 503 && !(answer.status === 409 && answer.code === "request_in_progress")) return
        await new Promise((resolve) => setTimeout(resolve, Math.min(answer.retryAfter ?? 1, 3) * 1000))
      }
    }
    const restart = async () => {
      assert.ok(await waitFor(async () => orderOf.size >= 3, 60_000, 50), "no checkout went through before the restart")
      restartedAt = Date.now()
      await redis.restart(REDIS_DOWN_MS)
      backAt = Date.now()
    }
    await Promise.all([...carts.map((_, who) => customer(who)), restart()])

    const during = answers.filter((answer) => answer.sentAt >= restartedAt && answer.sentAt < backAt)
    process.stdout.write(
      `# ${CUSTOMERS} checkouts, ${answers.length} completions sent: before the restart ${tally(answers.filter((answer) => answer.sentAt < restartedAt))}; ` +
        `while Redis was down ${tally(during)}; after ${tally(answers.filter((answer) => answer.sentAt >= backAt))}; ` +
        `slowest answer ${seconds(Math.max(...answers.map((answer) => answer.ms)))} s; last order ${seconds(Math.max(...answers.map((answer) => answer.sentAt + answer.ms)) - backAt)} s after Redis was back\n`
    )

    assert.deepEqual(answers.filter((answer) => answer.status === 0 || (answer.status >= 500 && answer.status !== 503)).map((answer) => `${answer.who}: ${answer.status} ${answer.code}`), [])
    assert.ok(Math.max(...answers.map((answer) => answer.ms)) <= LONGEST_ANSWER_MS, "an answer took too long")
    assert.equal(orderOf.size, CUSTOMERS, `carts left without an order: ${tally(answers.filter((answer) => !orderOf.has(answer.who)))}`)
    assert.equal(new Set(orderOf.values()).size, CUSTOMERS)
    assert.ok(!/stopping the cluster|died/.test(stack.output()), "a process of the cluster stopped")

    // In the database: one order per cart, and the part reserved once per order.
    const [counts] = await withClient(stack.databaseUrl, async (client) =>
      (
        await client.query<{ orders: number; reserved: number }>(
          `SELECT (SELECT count(*)::int FROM "order" WHERE email LIKE 'redis-drill-%' AND deleted_at IS NULL) AS orders,
                  (SELECT coalesce(sum(r.quantity), 0)::int FROM reservation_item r JOIN order_line_item li ON li.id = r.line_item_id
                     JOIN order_item oi ON oi.item_id = li.id JOIN "order" o ON o.id = oi.order_id
                    WHERE o.email LIKE 'redis-drill-%' AND r.deleted_at IS NULL) AS reserved`
        )
      ).rows
    )
    assert.deepEqual(counts, { orders: CUSTOMERS, reserved: CUSTOMERS })
  })
})
