import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { CartPaymentView } from "../deposit-fate"
import { RETRY_COMPLETION_MS, planAfterPlacing, planSettlement, type SettledAttempt } from "../settlement-plan"

const SATIM = "pp_satim_satim"
const NOW = new Date("2026-12-05T10:00:00+01:00")
const paid: SettledAttempt & { gateway_order_id: string } = { status: "paid", gateway_order_id: "sat-A", order_id: null, decided_at: NOW, amount_centimes: 100, live: true }
const session = { id: "payses_1", provider_id: SATIM, status: "pending", gateway_order_id: "sat-A", amount_centimes: 100 }
const openCart: CartPaymentView = { completed: false, order_gateway_order_ids: [], sessions: [session] }
const orderedWith = (satimIds: string[]): CartPaymentView => ({ completed: true, order_id: "order_1", order_gateway_order_ids: satimIds, sessions: [session] })

describe("planSettlement (before placing)", () => {
  it("has nothing to do for an attempt that is not paid, or already has its order", () => {
    for (const status of ["awaiting_card", "declined", "refunded", "mismatch"] as const) {
      assert.deepEqual(planSettlement({ ...paid, status }, openCart, SATIM), { kind: "nothing" })
    }
    assert.deepEqual(planSettlement({ ...paid, order_id: "order_1" }, orderedWith(["sat-A"]), SATIM), { kind: "nothing" })
  })

  it("places the order on the live page's session; keeps a deposit the order already holds", () => {
    assert.deepEqual(planSettlement(paid, openCart, SATIM), { kind: "place_order", session_id: "payses_1" })
    assert.deepEqual(planSettlement(paid, orderedWith(["sat-A"]), SATIM), { kind: "keep", order_id: "order_1" })
  })

  it("refunds any other deposit, naming the sessions whose check must be taken off", () => {
    assert.deepEqual(planSettlement({ ...paid, live: false }, openCart, SATIM), { kind: "refund", reason: "replaced", detail: undefined, sessions_to_unmark: ["payses_1"] })
    assert.deepEqual(planSettlement(paid, orderedWith(["sat-B"]), SATIM), { kind: "refund", reason: "already_ordered", detail: undefined, sessions_to_unmark: ["payses_1"] })
  })
})

describe("planAfterPlacing", () => {
  it("keeps the deposit the new order holds; refunds it when another payment won the race", () => {
    assert.deepEqual(planAfterPlacing(paid, orderedWith(["sat-A"]), undefined, SATIM, NOW), { kind: "keep", order_id: "order_1" })
    assert.deepEqual(planAfterPlacing(paid, orderedWith(["sat-B"]), { message: "locked" }, SATIM, NOW), {
      kind: "refund",
      reason: "already_ordered",
      detail: "locked",
      sessions_to_unmark: ["payses_1"],
    })
  })

  it("retries a passing failure, but refunds at once a refusal placing again will not change", () => {
    assert.deepEqual(planAfterPlacing(paid, openCart, { message: "connection reset", type: "unexpected_state" }, SATIM, NOW), { kind: "retry", error: "connection reset" })
    for (const type of ["not_allowed", "invalid_data", "not_found"]) {
      assert.deepEqual(planAfterPlacing(paid, openCart, { message: "out of stock", type }, SATIM, NOW), {
        kind: "refund",
        reason: "no_order",
        detail: "out of stock",
        sessions_to_unmark: ["payses_1"],
      })
    }
  })

  it("gives up retrying a day after the payment: the money goes back", () => {
    const justInside = { ...paid, decided_at: new Date(NOW.getTime() - RETRY_COMPLETION_MS + 1) }
    const past = { ...paid, decided_at: new Date(NOW.getTime() - RETRY_COMPLETION_MS) }
    assert.equal(planAfterPlacing(justInside, openCart, { message: "timeout" }, SATIM, NOW).kind, "retry")
    assert.equal(planAfterPlacing(past, openCart, { message: "timeout" }, SATIM, NOW).kind, "refund")
  })
})
