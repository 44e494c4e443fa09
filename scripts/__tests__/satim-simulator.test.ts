/**
 * The SATIM simulator speaks SATIM's protocol as the provider's gateway client uses it: register's
 * checks, the card page per test card, status, refund and reverse rules, and what a timeout or a
 * wrong password gives. Both sides are real: an HTTP server and the plugin's client.
 */
import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import { SatimGateway } from "../../plugins/payments-dz/src/lib/satim/gateway"
import { readSatimOptions } from "../../plugins/payments-dz/src/lib/satim/options"
import { startSatimSimulator, type SatimSimulator } from "../lib/satim-simulator/server"
import { CORRECT_CVV2, SUCCESS_CARD, TEST_CARDS } from "../lib/satim-simulator/test-cards"

let simulator: SatimSimulator
let gateway: SatimGateway
let counter = 0
const orderNumber = () => String(1_000_000_000 + ++counter)
const AMOUNT = 1_250_000

const register = (overrides: Partial<Parameters<SatimGateway["register"]>[0]> = {}) => {
  const number = overrides.orderNumber ?? orderNumber()
  return gateway.register({ orderNumber: number, amountCentimes: AMOUNT, returnUrl: "https://shop.test/fr/retour", failUrl: "https://shop.test/fr/retour", language: "FR", udf1: number, ...overrides })
}

async function pay(formUrl: string, pan: string, extra: Record<string, string> = {}) {
  const url = new URL(formUrl)
  const response = await fetch(new URL("pay", url), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ mdOrder: url.searchParams.get("mdOrder")!, pan, expiry: "12/30", cvv2: CORRECT_CVV2, action: "pay", ...extra }),
  })
  assert.equal(response.status, 303)
  return response.headers.get("location")!
}

describe("SATIM simulator with the provider's gateway client", () => {
  before(async () => {
    simulator = await startSatimSimulator({ port: 0 })
    gateway = new SatimGateway(readSatimOptions({ baseUrl: simulator.baseUrl, ...simulator.credentials, timeoutMs: 1000 }))
  })
  after(() => simulator.stop())

  it("registers an order and shows its card page in the registered language", async () => {
    const result = await register({ language: "AR" })
    assert.ok(result.ok)
    const page = await (await fetch(result.formUrl)).text()
    assert.match(page, /dir="rtl"/)
    assert.match(page, /12500\.00 DZD/)
  })

  it("refuses what SATIM refuses: duplicate order number, small amount, long order number, wrong credentials", async () => {
    const number = orderNumber()
    assert.ok((await register({ orderNumber: number })).ok)
    assert.deepEqual(await register({ orderNumber: number }), { ok: false, errorCode: 1, message: "Order with this number was already processed" })
    assert.equal((await register({ amountCentimes: 4999 })).ok, false)
    assert.equal((await register({ orderNumber: "12345678901" })).ok, false)
    const stranger = new SatimGateway(readSatimOptions({ baseUrl: simulator.baseUrl, ...simulator.credentials, password: "wrong" }))
    const refused = await stranger.register({ orderNumber: orderNumber(), amountCentimes: 10_000, returnUrl: "https://shop.test/r", failUrl: "https://shop.test/r", language: "FR", udf1: "x" })
    assert.deepEqual(refused, { ok: false, errorCode: 5, message: "Access denied" })
  })

  it("closes an order left unpaid past its session, as SATIM does: declined, card page gone", async () => {
    const expiring = await startSatimSimulator({ port: 0, sessionTimeoutMs: 100 })
    try {
      const client = new SatimGateway(readSatimOptions({ baseUrl: expiring.baseUrl, ...expiring.credentials, timeoutMs: 1000 }))
      const number = orderNumber()
      const registered = await client.register({ orderNumber: number, amountCentimes: AMOUNT, returnUrl: "https://shop.test/r", failUrl: "https://shop.test/r", language: "FR", udf1: number })
      assert.ok(registered.ok)
      assert.equal((await client.status(registered.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT })).kind, "pending")
      await new Promise((resolve) => setTimeout(resolve, 150))
      assert.equal((await fetch(registered.formUrl)).status, 404)
      assert.equal((await client.status(registered.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT })).kind, "declined")
    } finally {
      await expiring.stop()
    }
  })

  for (const [pan, behaviour] of Object.entries(TEST_CARDS)) {
    it(`test card "${behaviour.label}" → OrderStatus ${behaviour.orderStatus}`, async () => {
      const number = orderNumber()
      const result = await register({ orderNumber: number })
      assert.ok(result.ok)
      const location = await pay(result.formUrl, pan)
      assert.equal(new URL(location).searchParams.get("orderId"), result.satimOrderId)
      const outcome = await gateway.confirm(result.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT }, "FR")
      assert.equal(outcome.kind, { 2: "paid", 3: "rejected", 6: "declined" }[behaviour.orderStatus])
      // The card page is single use.
      assert.equal((await fetch(result.formUrl)).status, 404)
    })
  }

  it("a wrong CVV2 or a past expiry date is declined whatever the card", async () => {
    for (const extra of [{ cvv2: "999" }, { expiry: "01/20" }] as Record<string, string>[]) {
      const number = orderNumber()
      const result = await register({ orderNumber: number })
      assert.ok(result.ok)
      await pay(result.formUrl, SUCCESS_CARD, extra)
      assert.equal((await gateway.status(result.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT })).kind, "declined")
    }
  })

  it("refunds in part and in full, never more than deposited; reverse only cancels what was not deposited", async () => {
    const unpaid = await register()
    assert.ok(unpaid.ok)
    assert.deepEqual(await gateway.reverse(unpaid.satimOrderId), { ok: true })
    const number = orderNumber()
    const paid = await register({ orderNumber: number })
    assert.ok(paid.ok)
    await pay(paid.formUrl, SUCCESS_CARD)
    assert.equal((await gateway.reverse(paid.satimOrderId)).ok, false)
    assert.deepEqual(await gateway.refund(paid.satimOrderId, 250_000), { ok: true })
    assert.equal((await gateway.refund(paid.satimOrderId, 1_000_001)).ok, false)
    assert.deepEqual(await gateway.refund(paid.satimOrderId, 1_000_000), { ok: true })
    assert.equal((await gateway.status(paid.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT })).kind, "refunded")
  })

  it("a SATIM slower than the timeout is 'unknown: timeout', never a payment", async () => {
    const number = orderNumber()
    const result = await register({ orderNumber: number })
    assert.ok(result.ok)
    await pay(result.formUrl, SUCCESS_CARD)
    simulator.setDelay(1500)
    try {
      assert.deepEqual(await gateway.status(result.satimOrderId, { orderNumber: number, amountCentimes: AMOUNT }), { kind: "unknown", reason: "timeout" })
    } finally {
      simulator.setDelay(0)
    }
  })

  it("never records the merchant password", () => {
    assert.ok(simulator.calls.length > 10)
    assert.ok(!JSON.stringify(simulator.calls).includes(simulator.credentials.password))
  })
})
