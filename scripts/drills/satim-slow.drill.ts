/**
 * Failure drill: SATIM answering after 10 s, or not at all, while customers pay by card, against the
 * production build (one server, one worker, Redis, a throwaway PostgreSQL 16: drill-stack.ts) and the
 * SATIM simulator over https. A customer never waits past the gateway timeout (SATIM_TIMEOUT_MS, 15 s)
 * for an answer, never gets a 500, and whatever SATIM did, the cart ends as one order with one
 * capture once SATIM answers again. Run with `npm run drill:failures` (not part of npm test).
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { withClient } from "../lib/database"
import { readyCart, startDrillStack, storeCall, type DrillAnswer, type DrillStack } from "../lib/drill-stack"
import { payWithSuccessCard, startHttpsSatimSimulator, type HttpsSatim } from "../lib/satim-simulator/https-satim"
import { skipWithoutRedis } from "../lib/production-stack"
import { solvePaymentChallenge } from "@mj-chauffage/payments-dz/lib/card/captcha"
import { SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"

/** The production default of SATIM_TIMEOUT_MS, and what a request may add to it (the shop's own work). */
const GATEWAY_TIMEOUT_MS = 15_000
const MARGIN_MS = 4_000
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const describeAnswer = (answer: DrillAnswer) => `${answer.status} ${answer.code ?? JSON.stringify(answer.body).slice(0, 200)} in ${seconds(answer.ms)} s`

describe("SATIM slow or silent during card payments", { timeout: 900_000, skip: skipWithoutRedis() }, () => {
  let satim: HttpsSatim
  let stack: DrillStack
  let variantId = ""
  let customers = 0

  before(async () => {
    satim = await startHttpsSatimSimulator()
    stack = await startDrillStack({ servers: 1, workers: 1, env: satim.env })
    const part = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 10)!
    variantId = (await storeCall(stack, "GET", `/store/products?handle=${part.handle}`, "198.51.100.250")).body.products[0].variants[0].id
  })

  after(async () => {
    await stack?.stop()
    await satim?.stop()
  })

  /** A new customer with a card cart, as the storefront's pay step has it. */
  async function cardCustomer() {
    const address = `198.51.100.${++customers}`
    const cartId = await readyCart(stack, address, `carte-${customers}@example.dz`, variantId, SATIM_PROVIDER_ID)
    /** "Pay by card": the captcha solved by the browser, then the card page asked of SATIM. */
    const openCardPage = async () => {
      const challenge = (await storeCall(stack, "GET", `/store/card/captcha?cart_id=${cartId}`, address)).body as Parameters<typeof solvePaymentChallenge>[0]
      const captcha = Buffer.from(JSON.stringify({ challenge, solution: await solvePaymentChallenge(challenge) })).toString("base64")
      return storeCall(stack, "POST", "/store/satim/payments", address, { cart_id: cartId, locale: "fr", captcha })
    }
    /** The browser back from the card page. */
    const settle = (satimOrderId: string) => storeCall(stack, "POST", "/store/satim/payments/settle", address, { order_id: satimOrderId })
    return { cartId, openCardPage, settle }
  }

  /** The cart's orders and the captures of their payments, in the database. */
  async function ordersAndCaptures(cartId: string) {
    return withClient(stack.databaseUrl, async (client) =>
      (
        await client.query<{ orders: number; captures: number }>(
          `SELECT (SELECT count(*)::int FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL) AS orders,
                  (SELECT count(*)::int FROM capture c JOIN payment p ON p.id = c.payment_id
                     JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
                     JOIN order_cart oc ON oc.order_id = opc.order_id
                    WHERE oc.cart_id = $1 AND c.deleted_at IS NULL AND opc.deleted_at IS NULL AND oc.deleted_at IS NULL) AS captures`,
          [cartId]
        )
      ).rows[0]
    )
  }

  const assertClear = (answer: DrillAnswer, what: string) => {
    assert.ok(answer.status > 0 && answer.status !== 500, `${what}: ${describeAnswer(answer)}`)
    assert.ok(answer.ms <= GATEWAY_TIMEOUT_MS + MARGIN_MS, `${what} took ${seconds(answer.ms)} s`)
  }

  it("SATIM answering after 10 s: the customer waits that long, no longer, and pays once", async () => {
    const customer = await cardCustomer()
    satim.simulator.setDelay(10_000)
    try {
      const opened = await customer.openCardPage()
      assertClear(opened, "the card page")
      assert.ok(opened.body.payment?.form_url, describeAnswer(opened))
      const satimOrderId = await payWithSuccessCard(satim, opened.body.payment.form_url)
      const settled = await customer.settle(satimOrderId)
      assertClear(settled, "the return")
      assert.equal(settled.status, 200, describeAnswer(settled))
      process.stdout.write(`# SATIM 10 s slow: card page ${describeAnswer(opened)}; return ${describeAnswer(settled)}\n`)
    } finally {
      satim.simulator.setDelay(0)
    }
    assert.deepEqual(await ordersAndCaptures(customer.cartId), { orders: 1, captures: 1 })
  })

  it("SATIM silent when the card page is asked for: a clear answer after the timeout, nothing half-done, the next try pays", async () => {
    const customer = await cardCustomer()
    const held = satim.simulator.holdNext("register.do")
    const refused = await customer.openCardPage()
    // SATIM may still register that page when it comes back: the shop must not count on it, nor pay twice.
    held.release()
    assertClear(refused, "the card page while SATIM is silent")
    assert.ok(!refused.body.payment?.form_url, `a card page while SATIM was silent: ${describeAnswer(refused)}`)
    const opened = await customer.openCardPage()
    assert.ok(opened.body.payment?.form_url, describeAnswer(opened))
    const settled = await customer.settle(await payWithSuccessCard(satim, opened.body.payment.form_url))
    assert.equal(settled.status, 200, describeAnswer(settled))
    process.stdout.write(`# SATIM silent at registration: ${describeAnswer(refused)}; next try ${describeAnswer(opened)}, paid\n`)
    assert.deepEqual(await ordersAndCaptures(customer.cartId), { orders: 1, captures: 1 })
  })

  it("SATIM silent when the payment is confirmed: the customer is told in time, and the next return places the order once", async () => {
    const customer = await cardCustomer()
    const opened = await customer.openCardPage()
    assert.ok(opened.body.payment?.form_url, describeAnswer(opened))
    const satimOrderId = await payWithSuccessCard(satim, opened.body.payment.form_url)
    const held = satim.simulator.holdNext("public/acknowledgeTransaction.do")
    const first = await customer.settle(satimOrderId)
    held.release()
    assertClear(first, "the return while SATIM is silent")
    const again = await customer.settle(satimOrderId)
    assertClear(again, "the next return")
    assert.equal(again.status, 200, describeAnswer(again))
    process.stdout.write(`# SATIM silent at confirmation: first return ${describeAnswer(first)}; next ${describeAnswer(again)}\n`)
    assert.deepEqual(await ordersAndCaptures(customer.cartId), { orders: 1, captures: 1 })
  })
})
