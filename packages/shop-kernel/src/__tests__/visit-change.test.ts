import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { VISIT_CHANGE_NOTICE_HOURS, visitChangeRefusal } from "../visit-change"

const now = Date.parse("2026-12-07T08:00:00+01:00")
const inHours = (hours: number) => new Date(now + hours * 3600_000)

describe("visitChangeRefusal", () => {
  it("lets the customer change a visit still to come up to two hours before it", () => {
    assert.equal(VISIT_CHANGE_NOTICE_HOURS, 2)
    assert.equal(visitChangeRefusal({ status: "confirmed", starts_at: inHours(24) }, now), null)
    assert.equal(visitChangeRefusal({ status: "requested", starts_at: inHours(2) }, now), null)
    assert.equal(visitChangeRefusal({ status: "confirmed", starts_at: inHours(2).toISOString() }, now), null)
  })

  it("refuses it less than two hours before, once the technician is out, and when already cancelled", () => {
    assert.equal(visitChangeRefusal({ status: "confirmed", starts_at: new Date(now + 2 * 3600_000 - 1) }, now), "visit_change_too_late")
    assert.equal(visitChangeRefusal({ status: "confirmed", starts_at: inHours(-1) }, now), "visit_change_too_late")
    for (const status of ["en_route", "in_progress", "done", "no_show"]) assert.equal(visitChangeRefusal({ status, starts_at: inHours(48) }, now), "visit_not_changeable")
    assert.equal(visitChangeRefusal({ status: "cancelled", starts_at: inHours(48) }, now), "visit_cancelled")
  })

  it("property: for a confirmed visit, the answer turns from allowed to too late exactly at the notice", () => {
    fc.assert(
      fc.property(fc.integer({ min: -48 * 60, max: 96 * 60 }), (minutes) => {
        const refusal = visitChangeRefusal({ status: "confirmed", starts_at: new Date(now + minutes * 60_000) }, now)
        return refusal === (minutes < VISIT_CHANGE_NOTICE_HOURS * 60 ? "visit_change_too_late" : null)
      })
    )
  })
})
