import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { EVERY_FIVE_MINUTES, reconcileSchedule } from "../reconcile-schedule"

describe("reconcileSchedule", () => {
  it("runs every 5 minutes unless the drill's setting is given", () => {
    assert.equal(reconcileSchedule({}), EVERY_FIVE_MINUTES)
    assert.equal(reconcileSchedule({ SATIM_RECONCILE_TEST_EVERY_SECONDS: "" }), EVERY_FIVE_MINUTES)
  })

  it("with the drill's setting, runs every so many seconds", () => {
    assert.deepEqual(reconcileSchedule({ SATIM_RECONCILE_TEST_EVERY_SECONDS: "5" }), { interval: 5000 })
  })

  it("refuses a malformed setting rather than falling back or running every millisecond", () => {
    for (const value of ["0", "-1", "2.5", "soon", "301"]) {
      assert.throws(() => reconcileSchedule({ SATIM_RECONCILE_TEST_EVERY_SECONDS: value }), /SATIM_RECONCILE_TEST_EVERY_SECONDS/, value)
    }
  })
})
