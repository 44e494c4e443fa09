import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { BaridpayProvider } from "../baridpay/service"
import { CashOnDeliveryProvider } from "../cash-on-delivery/service"
import { ChargilyPaymentProvider } from "../chargily/service"
import { gatewaySessionStatus } from "../redirect-gateway-provider"

const silent = { info() {}, warn() {}, error() {} }
const RIP = { rip: "0079 9000 0012 3456 7891" }
// A closed port: any question reaching "Chargily" would answer "unknown" (pending), never "paid".
const CHARGILY = { secretKey: "test_sk_provider", mode: "test", baseUrl: "http://127.0.0.1:9/api/v2", timeoutMs: 1000 }

describe("manual providers (cash on delivery, BaridPay)", () => {
  for (const [name, provider, prefix] of [
    ["cash on delivery", new CashOnDeliveryProvider({ logger: silent }, {}), "cod_"],
    ["BaridPay", new BaridpayProvider({ logger: silent }, RIP), "baridpay_"],
  ] as const) {
    it(`${name}: a promise authorized at placement, no data, nobody to call back`, async () => {
      const session = await provider.initiatePayment({ amount: 100, currency_code: "dzd" })
      assert.ok(session.id.startsWith(prefix), session.id)
      assert.deepEqual([session.status, session.data], [PaymentSessionStatus.PENDING, {}])
      assert.equal((await provider.authorizePayment({ data: {} })).status, PaymentSessionStatus.AUTHORIZED)
      assert.equal((await provider.getPaymentStatus({ data: {} })).status, PaymentSessionStatus.AUTHORIZED)
      assert.equal((await provider.updatePayment({ data: { a: 1 }, amount: 100, currency_code: "dzd" })).status, PaymentSessionStatus.PENDING)
      assert.deepEqual(await provider.refundPayment({ data: { a: 1 }, amount: 10 }), { data: { a: 1 } })
      assert.equal((await provider.getWebhookActionAndData()).action, PaymentActions.NOT_SUPPORTED)
    })
  }

  it("keeps Medusa's identifiers (pp_cod_cod, pp_baridpay_baridpay) and BaridPay's check of the RIP at start", () => {
    assert.deepEqual([CashOnDeliveryProvider.identifier, BaridpayProvider.identifier], ["cod", "baridpay"])
    assert.throws(() => BaridpayProvider.validateOptions({ rip: "123" }), /BARIDPAY_RIP/)
  })
})

describe("redirect gateway providers (SATIM, Chargily)", () => {
  it("only a checked payment is money; pending and unknown wait; anything else is an error", () => {
    assert.equal(gatewaySessionStatus({ kind: "paid" }), PaymentSessionStatus.CAPTURED)
    for (const kind of ["pending", "unknown"]) assert.equal(gatewaySessionStatus({ kind }), PaymentSessionStatus.PENDING)
    for (const kind of ["declined", "mismatch", "refunded", "failed", "canceled"]) assert.equal(gatewaySessionStatus({ kind }), PaymentSessionStatus.ERROR)
  })

  it("a session starts with every server-written key null; what a storefront sends is not a registration", async () => {
    const provider = new ChargilyPaymentProvider({ logger: silent }, CHARGILY)
    const session = await provider.initiatePayment({ amount: 100, currency_code: "dzd" })
    assert.ok(session.id.startsWith("chargily_"))
    assert.deepEqual(session.data, { session_id: null, checkout_id: null, amount: null, deposit_checked: null })
    const forged = { session_id: "payses_other", checkout_id: "chk_1", amount: 100, deposit_checked: true }
    assert.equal((await provider.authorizePayment({ data: forged, context: { idempotency_key: "payses_mine" } })).status, PaymentSessionStatus.PENDING)
  })

  it("a session the settlement checked is captured without asking again; an unchecked one is asked (unreachable: pending)", async () => {
    const provider = new ChargilyPaymentProvider({ logger: silent }, CHARGILY)
    const checked = { session_id: "payses_1", checkout_id: "chk_1", amount: 100, deposit_checked: true }
    assert.equal((await provider.authorizePayment({ data: checked, context: { idempotency_key: "payses_1" } })).status, PaymentSessionStatus.CAPTURED)
    const unchecked = { ...checked, deposit_checked: false }
    assert.equal((await provider.authorizePayment({ data: unchecked, context: { idempotency_key: "payses_1" } })).status, PaymentSessionStatus.PENDING)
    assert.equal((await provider.getPaymentStatus({ data: unchecked })).status, PaymentSessionStatus.PENDING)
  })
})
