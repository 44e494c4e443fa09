import assert from "node:assert/strict"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { after, before, describe, it } from "node:test"
import { ChargilyTimeoutError, ChargilyGateway, withinTime } from "../gateway"
import { readChargilyOptions } from "../options"

describe("withinTime", () => {
  it("answers what the call answers in time, and a ChargilyTimeoutError after the time", async () => {
    assert.equal(await withinTime(Promise.resolve("checkout"), 50), "checkout")
    await assert.rejects(withinTime(new Promise(() => {}), 20), ChargilyTimeoutError)
    await assert.rejects(withinTime(Promise.reject(new Error("refused")), 50), /refused/)
  })
})

describe("ChargilyGateway against a Chargily that never answers", () => {
  // Accepts the connection, never answers: what a stuck gateway looks like to the SDK.
  const stuck = http.createServer(() => {})
  let baseUrl = ""
  before(async () => {
    await new Promise<void>((resolve) => stuck.listen(0, "127.0.0.1", resolve))
    baseUrl = `http://127.0.0.1:${(stuck.address() as AddressInfo).port}/api/v2`
  })
  after(() => {
    stuck.closeAllConnections()
    stuck.close()
  })

  it("gives up after CHARGILY_TIMEOUT_MS: creating says timeout, asking says unknown", async () => {
    const gateway = new ChargilyGateway(readChargilyOptions({ secretKey: "test_sk_timeout", baseUrl, timeoutMs: 1000 }))
    const started = Date.now()
    const created = await gateway.createCheckout({ amount: 2500, currency: "dzd", success_url: "https://mj-chauffage.dz/back" })
    assert.deepEqual({ ok: created.ok, reason: !created.ok && created.reason }, { ok: false, reason: "timeout" })
    assert.ok(Date.now() - started < 5000, "the timeout, not the socket's, ended the call")
    assert.deepEqual(await gateway.outcome({ checkout_id: "chk_1", amount: 2500 }), { kind: "unknown", reason: "unreachable" })
    assert.equal(await gateway.expire("chk_1"), false)
  })

  it("reads CHARGILY_TIMEOUT_MS (10 s by default, at least 1 s)", () => {
    assert.equal(readChargilyOptions({ secretKey: "k" }).timeoutMs, 10_000)
    assert.throws(() => readChargilyOptions({ secretKey: "k", timeoutMs: 10 }), /CHARGILY_TIMEOUT_MS/)
  })
})
