import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { actionOfCall, allowedCodActions, COD_ACTIONS, COD_STATUSES, codRecordOnShipment, nextCodStatus, type CodAction, type CodStatus } from "../life-cycle"

describe("the cash-on-delivery life cycle", () => {
  const table: Array<[CodStatus, CodAction, ReturnType<typeof nextCodStatus>]> = [
    ["placed", "log_call", { allowed: true, status: "placed" }],
    ["placed", "confirm", { allowed: true, status: "confirmed" }],
    ["placed", "cancel", { allowed: true, status: "cancelled" }],
    ["placed", "ship", { allowed: false, code: "cod_not_confirmed" }],
    ["placed", "collect", { allowed: false, code: "cod_not_shipped" }],
    ["placed", "refuse", { allowed: false, code: "cod_not_shipped" }],
    ["confirmed", "log_call", { allowed: true, status: "confirmed" }],
    ["confirmed", "confirm", { allowed: false, code: "cod_already_confirmed" }],
    ["confirmed", "cancel", { allowed: true, status: "cancelled" }],
    ["confirmed", "ship", { allowed: true, status: "shipped" }],
    ["confirmed", "collect", { allowed: false, code: "cod_not_shipped" }],
    ["confirmed", "refuse", { allowed: false, code: "cod_not_shipped" }],
    ["shipped", "cancel", { allowed: false, code: "cod_already_shipped" }],
    ["shipped", "collect", { allowed: true, status: "collected" }],
    ["shipped", "refuse", { allowed: true, status: "refused" }],
    ["collected", "refuse", { allowed: false, code: "cod_already_collected" }],
    ["collected", "collect", { allowed: false, code: "cod_already_collected" }],
    ["refused", "collect", { allowed: false, code: "cod_already_refused" }],
    ["cancelled", "confirm", { allowed: false, code: "cod_order_cancelled" }],
  ]
  for (const [status, action, step] of table) it(`${action} from ${status}`, () => assert.deepEqual(nextCodStatus(status, action), step))

  it("a call's outcome is the action it records", () => {
    assert.deepEqual((["no_answer", "call_back", "confirmed", "cancelled"] as const).map(actionOfCall), ["log_call", "log_call", "confirm", "cancel"])
  })

  it("collected, refused and cancelled are final", () => {
    for (const status of ["collected", "refused", "cancelled"] as const) assert.deepEqual(allowedCodActions(status), [])
    assert.deepEqual(allowedCodActions("shipped"), ["collect", "refuse"])
  })

  it("property: no sequence of actions reaches collected or refused without confirmed and shipped, and a refused action changes nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COD_ACTIONS), { maxLength: 30 }), (actions) => {
        let status: CodStatus = "placed"
        const visited = new Set<CodStatus>([status])
        for (const action of actions) {
          const step = nextCodStatus(status, action)
          if (!step.allowed) continue
          status = step.status
          visited.add(status)
          if (status === "collected" || status === "refused") assert.ok(visited.has("confirmed") && visited.has("shipped"), [...visited].join(" → "))
          if (status === "shipped") assert.ok(visited.has("confirmed"))
        }
        assert.ok(!(visited.has("collected") && visited.has("refused")), "cash collected and parcel refused on one order")
        assert.ok(!(visited.has("cancelled") && visited.has("shipped")), "a cancelled order shipped")
      })
    )
  })

  it("property: every refusal is one of the declared codes, every status answers every action", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COD_STATUSES), fc.constantFrom(...COD_ACTIONS), (status, action) => {
        const step = nextCodStatus(status, action)
        if (!step.allowed) assert.match(step.code, /^cod_/)
        else assert.ok(COD_STATUSES.includes(step.status))
      })
    )
  })

  describe("a shipment made anywhere (Medusa's own button, the generic route, the office's Expédier)", () => {
    const expected: Record<CodStatus, ReturnType<typeof codRecordOnShipment>> = {
      placed: { allowed: false, code: "cod_not_confirmed" },
      confirmed: { allowed: true, changed: true },
      shipped: { allowed: true, changed: false },
      collected: { allowed: true, changed: false },
      refused: { allowed: true, changed: false },
      cancelled: { allowed: true, changed: false },
    }
    for (const status of COD_STATUSES) it(`from ${status}`, () => assert.deepEqual(codRecordOnShipment(status), expected[status]))
  })
})
