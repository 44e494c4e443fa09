/**
 * The Chargily simulator answers the official SDK as the plugin's gateway uses it (create, retrieve,
 * expire, Bearer key), and its payment page's buttons deliver webhooks signed as Chargily signs them.
 * Both sides are real: an HTTP server and the plugin's gateway over the SDK.
 */
import assert from "node:assert/strict"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { after, before, describe, it } from "node:test"
import { ChargilyGateway } from "../../plugins/payments-dz/src/lib/chargily/gateway"
import { readChargilyOptions } from "../../plugins/payments-dz/src/lib/chargily/options"
import { isChargilySignatureValid } from "../../plugins/payments-dz/src/lib/chargily/signature"
import { startChargilySimulator, type ChargilySimulator } from "../lib/chargily-simulator/server"

let simulator: ChargilySimulator
let gateway: ChargilyGateway
let hooks: http.Server
let hookUrl = ""
let notify: (delivery: { body: Buffer; signature: unknown }) => void = () => undefined

before(async () => {
  simulator = await startChargilySimulator({ port: 0 })
  gateway = new ChargilyGateway(readChargilyOptions({ secretKey: simulator.secretKey, mode: "test", baseUrl: simulator.baseUrl }))
  hooks = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      notify({ body: Buffer.concat(chunks), signature: request.headers.signature })
      response.end("{}")
    })
  })
  await new Promise<void>((resolve) => hooks.listen(0, "127.0.0.1", resolve))
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/hooks/chargily`
})

after(async () => {
  await simulator.stop()
  await new Promise<void>((resolve) => hooks.close(() => resolve()))
})

const checkout = (amount = 3500) =>
  gateway.createCheckout({ amount, currency: "dzd", payment_method: "cib", success_url: "https://shop.example/fr/ok", failure_url: "https://shop.example/fr/ko", webhook_endpoint: hookUrl, locale: "fr" })

describe("Chargily simulator", () => {
  it("opens a checkout, shows its page, and a press on Pay sends a signed webhook and the customer to success_url", async () => {
    const created = await checkout()
    assert.ok(created.ok)
    const page = await (await fetch(created.checkout_url)).text()
    assert.match(page, /3500 DZD/)
    const delivered = new Promise<{ body: Buffer; signature: unknown }>((resolve) => (notify = resolve))
    const pressed = await fetch(created.checkout_url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "action=pay" })
    assert.equal(pressed.status, 303)
    assert.equal(pressed.headers.get("location"), "https://shop.example/fr/ok")
    const { body, signature } = await delivered
    assert.equal(isChargilySignatureValid(body, signature, simulator.secretKey), true)
    assert.equal(JSON.parse(body.toString()).type, "checkout.paid")
    assert.equal((await gateway.outcome({ checkout_id: created.checkout_id, amount: 3500 })).kind, "paid")
    // Another amount than the one we asked for is never "paid".
    assert.equal((await gateway.outcome({ checkout_id: created.checkout_id, amount: 3600 })).kind, "mismatch")
  })

  it("expires a pending checkout only, refuses a wrong key and Chargily's minimum", async () => {
    const created = await checkout()
    assert.ok(created.ok)
    assert.equal(await gateway.expire(created.checkout_id), true)
    assert.equal((await gateway.outcome({ checkout_id: created.checkout_id, amount: 3500 })).kind, "canceled")
    assert.equal(await gateway.expire(created.checkout_id), false)
    assert.equal((await checkout(49)).ok, false)
    const stranger = new ChargilyGateway(readChargilyOptions({ secretKey: "test_sk_wrong", mode: "test", baseUrl: simulator.baseUrl }))
    assert.deepEqual(await stranger.outcome({ checkout_id: created.checkout_id, amount: 3500 }), { kind: "unknown", reason: "unreachable" })
  })
})
