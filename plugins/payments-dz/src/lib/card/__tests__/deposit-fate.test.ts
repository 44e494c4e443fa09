import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { depositFate, type CartPaymentView, type PaidAttemptView } from "../deposit-fate"

const SATIM = "pp_satim_satim"
const attempt: PaidAttemptView = { gateway_order_id: "sat-A", live: true, amount_centimes: 2_490_000 }
const cardSession = (overrides: Partial<CartPaymentView["sessions"][number]> = {}) => ({ id: "payses_1", provider_id: SATIM, status: "pending", gateway_order_id: "sat-A", amount_centimes: 2_490_000, ...overrides })
const openCart = (sessions = [cardSession()]): CartPaymentView => ({ completed: false, order_gateway_order_ids: [], sessions })
const orderedCart = (satimIds: string[]): CartPaymentView => ({ completed: true, order_gateway_order_ids: satimIds, sessions: [] })

describe("depositFate", () => {
  const table: Array<[string, PaidAttemptView, CartPaymentView, ReturnType<typeof depositFate>]> = [
    ["the live page of an open cart paying by it: the order is placed", attempt, openCart(), { kind: "place_order", session_id: "payses_1" }],
    ["the storefront opened a fresh card session since (pay pressed again): the order is placed on it", attempt, openCart([cardSession({ id: "payses_2", gateway_order_id: null })]), { kind: "place_order", session_id: "payses_2" }],
    ["the order was placed with this very payment: kept", attempt, orderedCart(["sat-A"]), { kind: "keep" }],
    ["a second tab's payment after the first became the order", attempt, orderedCart(["sat-B"]), { kind: "refund", reason: "already_ordered" }],
    ["the cart was ordered cash on delivery", attempt, orderedCart([]), { kind: "refund", reason: "already_ordered" }],
    ["a page replaced by a newer one", { ...attempt, live: false }, openCart(), { kind: "refund", reason: "replaced" }],
    ["the customer switched to cash on delivery", attempt, openCart([cardSession({ id: "payses_2", provider_id: "pp_cod_cod", gateway_order_id: null })]), { kind: "refund", reason: "replaced" }],
    ["the card session now points at another page", attempt, openCart([cardSession({ gateway_order_id: "sat-B" })]), { kind: "refund", reason: "replaced" }],
    ["the card session is no longer pending", attempt, openCart([cardSession({ status: "canceled" })]), { kind: "refund", reason: "replaced" }],
    ["no payment session at all", attempt, openCart([]), { kind: "refund", reason: "replaced" }],
    ["the cart changed since: its card session is for another amount", attempt, openCart([cardSession({ amount_centimes: 4_490_000 })]), { kind: "refund", reason: "replaced" }],
    ["a fresh card session for another amount (an item added in another tab)", attempt, openCart([cardSession({ id: "payses_2", gateway_order_id: null, amount_centimes: 4_490_000 })]), { kind: "refund", reason: "replaced" }],
  ]
  for (const [name, paid, cart, fate] of table) it(name, () => assert.deepEqual(depositFate(paid, cart, SATIM), fate))

  it("property: at most one of several deposits on one cart is ever kept or ordered", () => {
    const ids = ["sat-A", "sat-B", "sat-C"]
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(...ids, "none"), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (completed, winner, live) => {
        const cart: CartPaymentView = completed
          ? { completed, order_gateway_order_ids: winner === "none" ? [] : [winner], sessions: [] }
          : { completed, order_gateway_order_ids: [], sessions: winner === "none" ? [] : [{ id: `payses_${winner}`, provider_id: SATIM, status: "pending", gateway_order_id: winner, amount_centimes: 100 }] }
        // At most one page is ever live: the newest one.
        const fates = ids.map((id, index) => depositFate({ gateway_order_id: id, live: live[index]! && index === live.lastIndexOf(true), amount_centimes: 100 }, cart, SATIM))
        assert.ok(fates.filter((fate) => fate.kind !== "refund").length <= 1)
      })
    )
  })

  it("property: an order is placed only on a pending card session for the paid amount pointing at this deposit or at no page, never while another way of paying is pending", () => {
    const session = fc.record({
      id: fc.constantFrom("payses_1", "payses_2", "payses_3"),
      provider_id: fc.constantFrom(SATIM, "pp_cod_cod"),
      status: fc.constantFrom("pending", "authorized", "canceled"),
      gateway_order_id: fc.constantFrom("sat-A", "sat-B", null),
      amount_centimes: fc.constantFrom(100, 200),
    })
    fc.assert(
      fc.property(fc.uniqueArray(session, { selector: (candidate) => candidate.id, maxLength: 3 }), fc.boolean(), (sessions, live) => {
        const fate = depositFate({ gateway_order_id: "sat-A", live, amount_centimes: 100 }, { completed: false, order_gateway_order_ids: [], sessions }, SATIM)
        if (fate.kind !== "place_order") return fate.kind === "refund"
        const chosen = sessions.find((candidate) => candidate.id === fate.session_id && candidate.provider_id === SATIM && candidate.status === "pending")
        return (
          live &&
          chosen !== undefined &&
          (chosen.gateway_order_id === "sat-A" || chosen.gateway_order_id === null) &&
          chosen.amount_centimes === 100 &&
          !sessions.some((candidate) => candidate.status === "pending" && candidate.provider_id !== SATIM)
        )
      })
    )
  })
})
