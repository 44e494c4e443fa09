/**
 * Failure drill: the worker SIGKILLed in the middle of settling a card payment, against the
 * production build (one server, one worker, Redis, a throwaway PostgreSQL 16: drill-stack.ts) and
 * the SATIM simulator over https. Customers pay on SATIM's page and never come back to the return
 * page, so the worker's reconciliation job settles their payments (reconcile-satim-payments.ts; here
 * every 5 s, SATIM_RECONCILE_TEST_EVERY_SECONDS, and the payment aged past the job's 15-minute grace
 * in SQL). The worker is killed twice at a settlement step it cannot finish:
 * - while SATIM is being asked (its answer held by the simulator): SATIM has the deposit, the shop
 *   has recorded nothing;
 * - after the order was placed and captured, before the deposit is linked to it (its UPDATE held by
 *   a trigger in the drill's database, the connection then cut as the kill would).
 * The cluster starts another worker, and within bounded time, by itself, each cart ends as exactly
 * one order with one capture, the deposit kept (never refunded nor reversed, so neither lost nor
 * given twice), and the cart's lock free again: the customer's late return answers at once.
 * A killed settlement keeps the cart's lock until its TTL (120 s, settle-satim-payment.ts) runs out,
 * so recovery takes up to that, plus the next run of the job (every 5 minutes in the shop).
 * Run with `npm run drill:failures` (not part of npm test).
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { Client } from "@medusajs/framework/pg"
import { withClient } from "../lib/database"
import { readyCart, startDrillStack, storeCall, type DrillStack } from "../lib/drill-stack"
import { waitFor } from "../lib/ports"
import { payWithSuccessCard, startHttpsSatimSimulator, type HttpsSatim } from "../lib/satim-simulator/https-satim"
import { skipWithoutRedis } from "../lib/production-stack"
import { solvePaymentChallenge } from "@mj-chauffage/payments-dz/lib/card/captcha"
import { SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"

/** The reconciliation job's period in this drill. */
const RECONCILE_EVERY_SECONDS = 5
/** The cart lock's TTL (settle-satim-payment.ts): how long a killed settlement keeps other settlements of its cart waiting. */
const CART_LOCK_TTL_MS = 120_000
/** A new worker boots (up to minutes on a loaded machine), then the lock expires, then a run of the job settles. */
const RECOVERY_DEADLINE_MS = 300_000 + CART_LOCK_TTL_MS
/** Once recovered, the customer's late return must not wait for any lock. */
const LATE_RETURN_MS = 10_000
/** An advisory lock key of the drill's own: the trigger that holds the deposit's linking waits for it. */
const LINK_HOLD_KEY = 7_261_019
const seconds = (ms: number) => (ms / 1000).toFixed(1)

describe("the worker killed in the middle of a SATIM settlement", { timeout: 1_500_000, skip: skipWithoutRedis() }, () => {
  let satim: HttpsSatim
  let stack: DrillStack
  let variantId = ""
  let customers = 0

  before(async () => {
    satim = await startHttpsSatimSimulator()
    stack = await startDrillStack({ servers: 1, workers: 1, env: { ...satim.env, SATIM_RECONCILE_TEST_EVERY_SECONDS: String(RECONCILE_EVERY_SECONDS) } })
    const part = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 10)!
    variantId = (await storeCall(stack, "GET", `/store/products?handle=${part.handle}`, "198.51.100.250")).body.products[0].variants[0].id
  })

  after(async () => {
    await stack?.stop()
    await satim?.stop()
  })

  const sql = <T>(query: string, values: unknown[] = []): Promise<T[]> => withClient(stack.databaseUrl, async (client) => (await client.query(query, values)).rows as T[])

  /** The worker processes the cluster started, in order: the last one is the live one. */
  const workerPids = () => [...stack.output().matchAll(/\[cluster\] worker (\d+) listening/g)].map((match) => Number(match[1]))

  /** A customer who pays on SATIM's page and closes the tab: the cart, SATIM's order id, and the return they never made. */
  async function customerWhoNeverCameBack() {
    const address = `198.51.100.${++customers}`
    const cartId = await readyCart(stack, address, `tuee-${customers}@example.dz`, variantId, SATIM_PROVIDER_ID)
    const challenge = (await storeCall(stack, "GET", `/store/card/captcha?cart_id=${cartId}`, address)).body as Parameters<typeof solvePaymentChallenge>[0]
    const captcha = Buffer.from(JSON.stringify({ challenge, solution: await solvePaymentChallenge(challenge) })).toString("base64")
    const opened = await storeCall(stack, "POST", "/store/satim/payments", address, { cart_id: cartId, locale: "fr", captcha })
    assert.ok(opened.body.payment?.form_url, `card page: ${opened.status} ${JSON.stringify(opened.body).slice(0, 300)}`)
    const satimOrderId = await payWithSuccessCard(satim, opened.body.payment.form_url)
    const lateReturn = () => storeCall(stack, "POST", "/store/satim/payments/settle", address, { order_id: satimOrderId })
    return { cartId, satimOrderId, lateReturn }
  }

  /** The payment as old as the job's grace period (15 minutes): from now on the reconciliation job settles it. */
  const leaveToTheJob = (satimOrderId: string) => sql("UPDATE satim_payment SET created_at = created_at - interval '16 minutes' WHERE satim_order_id = $1", [satimOrderId])

  /** SIGKILL to the live worker; resolves once the cluster's next worker listens, with the times. */
  async function killWorker() {
    const before = workerPids()
    const victim = before.at(-1)!
    const killedAt = Date.now()
    process.kill(victim, "SIGKILL")
    return {
      victim,
      killedAt,
      replaced: async () => {
        assert.ok(await waitFor(async () => workerPids().length > before.length, 300_000, 250), `no new worker after ${victim} was killed:\n${stack.output().slice(-3000)}`)
        assert.ok(stack.output().includes(`worker ${victim} died (SIGKILL); starting another`), "the cluster did not see its worker die")
        return Date.now() - killedAt
      },
    }
  }

  /** The end state for the cart: its orders, the captures of their payments, and SATIM's payment records. */
  async function endState(cartId: string) {
    const [counts] = await sql<{ orders: number; captures: number }>(
      `SELECT (SELECT count(*)::int FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL) AS orders,
              (SELECT count(*)::int FROM capture c JOIN payment p ON p.id = c.payment_id
                 JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
                 JOIN order_cart oc ON oc.order_id = opc.order_id
                WHERE oc.cart_id = $1 AND c.deleted_at IS NULL AND opc.deleted_at IS NULL AND oc.deleted_at IS NULL) AS captures`,
      [cartId]
    )
    const attempts = await sql<{ status: string; order_linked: boolean; refunded_centimes: number }>(
      `SELECT s.status, s.order_id IS NOT NULL AND s.order_id = oc.order_id AS order_linked, s.refunded_centimes
         FROM satim_payment s LEFT JOIN order_cart oc ON oc.cart_id = s.cart_id AND oc.deleted_at IS NULL
        WHERE s.cart_id = $1 AND s.deleted_at IS NULL`,
      [cartId]
    )
    return { ...counts!, attempts }
  }

  const settled = async (cartId: string) => (await sql("SELECT 1 FROM satim_payment WHERE cart_id = $1 AND order_id IS NOT NULL", [cartId])).length > 0

  /** Settled by the new worker, in bounded time; then the end state, the deposit with SATIM, and the lock. */
  async function assertRecovered(customer: Awaited<ReturnType<typeof customerWhoNeverCameBack>>, killedAt: number) {
    assert.ok(await waitFor(async () => settled(customer.cartId), RECOVERY_DEADLINE_MS, 500), `not settled ${seconds(RECOVERY_DEADLINE_MS)} s after the kill:\n${stack.output().slice(-3000)}`)
    const recoveredMs = Date.now() - killedAt
    assert.deepEqual(await endState(customer.cartId), { orders: 1, captures: 1, attempts: [{ status: "paid", order_linked: true, refunded_centimes: 0 }] })
    // SATIM's side: the deposit stays (no refund, no reversal of it was ever asked for).
    const givenBack = satim.simulator.calls.filter((call) => ["refund.do", "reverse.do"].includes(call.endpoint) && (call.params.orderId ?? call.params.mdOrder) === customer.satimOrderId)
    assert.deepEqual(givenBack, [])
    // The cart's lock is free: the customer's late return settles nothing more, at once.
    const late = await customer.lateReturn()
    assert.equal(late.status, 200, JSON.stringify(late.body).slice(0, 300))
    assert.ok(late.ms <= LATE_RETURN_MS, `the late return waited ${seconds(late.ms)} s`)
    assert.deepEqual(await endState(customer.cartId), { orders: 1, captures: 1, attempts: [{ status: "paid", order_linked: true, refunded_centimes: 0 }] })
    const asked = satim.simulator.calls.filter((call) => call.endpoint === "public/acknowledgeTransaction.do" && call.params.mdOrder === customer.satimOrderId).length
    return { recoveredMs, asked, lateMs: late.ms }
  }

  it("killed while SATIM is asked: the next worker asks again and places the order once", async () => {
    const customer = await customerWhoNeverCameBack()
    const held = satim.simulator.holdNext("public/acknowledgeTransaction.do")
    await leaveToTheJob(customer.satimOrderId)
    const asking = await Promise.race([held.received.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 120_000))])
    assert.ok(asking, "the reconciliation job did not ask SATIM within 120 s")
    const kill = await killWorker()
    // SATIM answers the dead worker's question: it has the deposit, the shop recorded nothing.
    held.release()
    const workerBackMs = await kill.replaced()
    const { recoveredMs, asked, lateMs } = await assertRecovered(customer, kill.killedAt)
    process.stdout.write(
      `# killed while asking SATIM: new worker listening ${seconds(workerBackMs)} s after the kill, settled ${seconds(recoveredMs)} s after it ` +
        `(SATIM asked ${asked} times); 1 order, 1 capture, deposit kept; late return ${seconds(lateMs)} s\n`
    )
  })

  it("killed after placing the order, before linking the deposit: the next worker links it, no second order or capture", async () => {
    const customer = await customerWhoNeverCameBack()
    // The trap: linking the deposit to its order waits for the drill's advisory lock.
    const holder = new Client({ connectionString: stack.databaseUrl })
    await holder.connect()
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [LINK_HOLD_KEY])
      await holder.query(`CREATE FUNCTION drill_hold_deposit_link() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN PERFORM pg_advisory_xact_lock(${LINK_HOLD_KEY}); RETURN NEW; END $$`)
      await holder.query(`CREATE TRIGGER drill_hold_deposit_link BEFORE UPDATE ON satim_payment FOR EACH ROW
                            WHEN (OLD.order_id IS NULL AND NEW.order_id IS NOT NULL) EXECUTE FUNCTION drill_hold_deposit_link()`)
      await leaveToTheJob(customer.satimOrderId)
      const waitingBackends = async () =>
        (
          await holder.query<{ pid: number }>(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' AND datname = current_database() AND pid <> pg_backend_pid()"
          )
        ).rows.map((row) => row.pid)
      assert.ok(await waitFor(async () => (await waitingBackends()).length > 0, 120_000, 100), "the reconciliation job never reached the deposit's linking")
      assert.deepEqual(await endState(customer.cartId), { orders: 1, captures: 1, attempts: [{ status: "paid", order_linked: false, refunded_centimes: 0 }] })
      const kill = await killWorker()
      // The dead process's statement goes with it (the kernel closes its socket; here, at once), then the trap is removed.
      for (const pid of await waitingBackends()) await holder.query("SELECT pg_terminate_backend($1)", [pid])
      await holder.query("DROP TRIGGER drill_hold_deposit_link ON satim_payment")
      await holder.query("DROP FUNCTION drill_hold_deposit_link()")
      await holder.query("SELECT pg_advisory_unlock($1)", [LINK_HOLD_KEY])
      const workerBackMs = await kill.replaced()
      const { recoveredMs, asked, lateMs } = await assertRecovered(customer, kill.killedAt)
      process.stdout.write(
        `# killed before linking the deposit: new worker listening ${seconds(workerBackMs)} s after the kill, linked ${seconds(recoveredMs)} s after it ` +
          `(SATIM asked ${asked} time(s)); 1 order, 1 capture, deposit kept; late return ${seconds(lateMs)} s\n`
      )
    } finally {
      await holder.end()
    }
  })
})
