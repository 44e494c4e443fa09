import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { CHARGILY_LIVE_URL, CHARGILY_TEST_URL } from "@chargily/chargily-pay"
import { chargilyAmountRefusal } from "../amount"
import { chargilyClient } from "../gateway"
import { ChargilyOptionsError, readChargilyOptions } from "../options"
import { registeredChargilySession } from "../session-data"
import { readChargilyEvent } from "../webhook-event"

describe("Chargily webhook event", () => {
  it("names the event and its checkout, or nothing", () => {
    assert.deepEqual(readChargilyEvent(Buffer.from('{"id":"01evt","type":"checkout.paid","data":{"id":"01chk","amount":5}}')), { id: "01evt", type: "checkout.paid", checkout_id: "01chk" })
    for (const body of ["not json", "[]", '{"id":"01evt","type":"checkout.paid"}', '{"id":"a b","type":"x","data":{"id":"01chk"}}', '{"id":"01evt","type":"x","data":{"id":"../x"}}']) {
      assert.equal(readChargilyEvent(Buffer.from(body)), undefined, body)
    }
  })
})

describe("Chargily options", () => {
  it("takes the mode's API unless the simulator's address is given, and refuses what would leak the key", () => {
    assert.equal(readChargilyOptions({ secretKey: "test_sk_x", mode: "test" }).baseUrl, CHARGILY_TEST_URL)
    assert.equal(readChargilyOptions({ secretKey: "live_sk_x", mode: "live" }).baseUrl, CHARGILY_LIVE_URL)
    assert.equal(readChargilyOptions({ secretKey: "k", baseUrl: "http://127.0.0.1:9011/api/v2/" }).baseUrl, "http://127.0.0.1:9011/api/v2")
    assert.throws(() => readChargilyOptions({}), ChargilyOptionsError)
    assert.throws(() => readChargilyOptions({ secretKey: "k", mode: "prod" }), /CHARGILY_MODE/)
    assert.throws(() => readChargilyOptions({ secretKey: "k", baseUrl: "http://pay.example.com/api/v2" }), /https/)
  })

  it("points the official SDK at the configured address (fails if an SDK upgrade renames its field)", () => {
    const client = chargilyClient(readChargilyOptions({ secretKey: "k", baseUrl: "http://localhost:9011/api/v2" }))
    assert.equal((client as unknown as { base_url: string }).base_url, "http://localhost:9011/api/v2")
  })
})

describe("Chargily amounts and session data", () => {
  it("takes whole dinars from 50 DA", () => {
    assert.equal(chargilyAmountRefusal(34_700), null)
    assert.equal(chargilyAmountRefusal(50), null)
    assert.equal(chargilyAmountRefusal(49), "card_amount_too_small")
    assert.equal(chargilyAmountRefusal(100.5), "cart_not_payable")
    assert.equal(chargilyAmountRefusal(0), "cart_not_payable")
    assert.equal(chargilyAmountRefusal(3e9), "card_amount_too_large")
  })

  it("trusts a session's checkout only when written for that very session", () => {
    const data = { session_id: "payses_1", checkout_id: "01chk", amount: 3500, deposit_checked: true }
    assert.deepEqual(registeredChargilySession(data, "payses_1"), data)
    assert.equal(registeredChargilySession(data, "payses_2"), undefined)
    assert.equal(registeredChargilySession({ ...data, amount: "3500" }, "payses_1"), undefined)
    assert.equal(registeredChargilySession({ ...data, deposit_checked: "yes" }, "payses_1")?.deposit_checked, false)
  })
})
