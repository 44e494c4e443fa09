import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { testIntervalSetting } from "../test-interval"

describe("testIntervalSetting", () => {
  it("is absent unless set", () => {
    assert.equal(testIntervalSetting({}, "JOB_EVERY", 60), undefined)
    assert.equal(testIntervalSetting({ JOB_EVERY: "" }, "JOB_EVERY", 60), undefined)
  })

  it("gives the interval in milliseconds, up to the bound", () => {
    assert.deepEqual(testIntervalSetting({ JOB_EVERY: "5" }, "JOB_EVERY", 60), { interval: 5000 })
    assert.deepEqual(testIntervalSetting({ JOB_EVERY: "60" }, "JOB_EVERY", 60), { interval: 60_000 })
  })

  it("refuses a malformed or out-of-range value, naming the setting", () => {
    for (const value of ["0", "-1", "2.5", "soon", "61"]) {
      assert.throws(() => testIntervalSetting({ JOB_EVERY: value }, "JOB_EVERY", 60), /JOB_EVERY must be a whole number of seconds from 1 to 60/, value)
    }
  })
})
