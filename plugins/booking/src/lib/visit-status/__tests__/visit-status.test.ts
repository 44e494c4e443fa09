import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { APPOINTMENT_STATUSES } from "../../../modules/booking/models/appointment"
import { canMove, nextStatuses, type VisitActor, type VisitStatus } from "../visit-status"

describe("a visit's status", () => {
  it("follows the technician's day: confirmed → en route → in progress → done", () => {
    assert.ok(canMove("confirmed", "en_route", "technician"))
    assert.ok(canMove("en_route", "in_progress", "technician"))
    assert.ok(canMove("in_progress", "done", "technician"))
    assert.ok(canMove("confirmed", "no_show", "technician"))
    assert.ok(canMove("confirmed", "in_progress", "technician"), "a technician already on site skips 'en route'")
  })

  it("lets only the office cancel, take back a cancellation or a no-show", () => {
    assert.equal(canMove("confirmed", "cancelled", "technician"), false)
    assert.ok(canMove("confirmed", "cancelled", "office"))
    assert.equal(canMove("cancelled", "confirmed", "technician"), false)
    assert.ok(canMove("cancelled", "confirmed", "office"))
    assert.ok(canMove("no_show", "confirmed", "office"))
  })

  it("never leaves done, and never reaches done without being in progress", () => {
    const status = fc.constantFrom(...APPOINTMENT_STATUSES)
    const actor = fc.constantFrom<VisitActor>("technician", "office")
    fc.assert(
      fc.property(status, status, actor, (from: VisitStatus, to: VisitStatus, who: VisitActor) => {
        if (from === "done") return !canMove(from, to, who)
        if (to === "done") return canMove(from, to, who) === (from === "in_progress")
        return true
      })
    )
  })

  it("gives the office every move the technician has", () => {
    for (const from of APPOINTMENT_STATUSES) {
      for (const to of nextStatuses(from, "technician")) assert.ok(canMove(from, to, "office"), `${from} → ${to}`)
    }
  })
})
