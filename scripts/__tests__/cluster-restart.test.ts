import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { afterExit, MAX_RESTART_DELAY_MS } from "../lib/cluster-restart"

describe("what the cluster does when a process exits", () => {
  it("stops when a first process dies before listening: a bad setting, not a passing fault", () => {
    assert.deepEqual(afterExit({ listened: false, firstStartsPending: 2, failedRestarts: 0 }), { action: "stop" })
  })

  it("starts a process that died after listening again 1 s later", () => {
    assert.deepEqual(afterExit({ listened: true, firstStartsPending: 0, failedRestarts: 0 }), { action: "restart", delayMs: 1_000, failedRestarts: 0 })
    // A first process that had listened dies while another first one is still starting: it is started again too.
    assert.equal(afterExit({ listened: true, firstStartsPending: 1, failedRestarts: 0 }).action, "restart")
  })

  it("waits twice as long after each replacement that cannot start, up to 30 s, while the others serve", () => {
    let failedRestarts = 0
    const delays: number[] = []
    for (let attempt = 0; attempt < 8; attempt++) {
      const decision = afterExit({ listened: false, firstStartsPending: 0, failedRestarts })
      assert.equal(decision.action, "restart")
      if (decision.action === "restart") {
        delays.push(decision.delayMs)
        failedRestarts = decision.failedRestarts
      }
    }
    assert.deepEqual(delays, [2_000, 4_000, 8_000, 16_000, MAX_RESTART_DELAY_MS, MAX_RESTART_DELAY_MS, MAX_RESTART_DELAY_MS, MAX_RESTART_DELAY_MS])
  })
})
