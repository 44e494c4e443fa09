import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { clusterSplit, defaultSplit } from "../lib/cluster-split"

describe("the cluster's split into servers and workers", () => {
  it("gives 2 cores 2 servers + 1 worker, 4 cores 3 + 1, 8 cores 6 + 2, 1 core 1 + 1", () => {
    assert.deepEqual([1, 2, 4, 8, 16].map(defaultSplit), [
      { servers: 1, workers: 1 },
      { servers: 2, workers: 1 },
      { servers: 3, workers: 1 },
      { servers: 6, workers: 2 },
      { servers: 12, workers: 4 },
    ])
  })

  it("always runs at least one of each, and a server on every core but the workers' from 4 cores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), (cores) => {
        const { servers, workers } = defaultSplit(cores)
        assert.ok(servers >= 1 && workers >= 1)
        assert.equal(servers + workers, cores < 4 ? cores + 1 : cores)
      })
    )
  })

  it("takes MEDUSA_SERVERS and MEDUSA_WORKERS over the default, 0 leaving a role to another host", () => {
    assert.deepEqual(clusterSplit(2, { MEDUSA_SERVERS: "6", MEDUSA_WORKERS: "2" }), { servers: 6, workers: 2 })
    assert.deepEqual(clusterSplit(8, { MEDUSA_SERVERS: "", MEDUSA_WORKERS: "0" }), { servers: 6, workers: 0 })
    assert.deepEqual(clusterSplit(2, { MEDUSA_SERVERS: "0" }), { servers: 0, workers: 1 })
  })

  it("refuses what is not a count, naming the setting, and a cluster of nothing", () => {
    for (const value of ["two", "-1", "1.5", "50%", "65"]) {
      assert.throws(() => clusterSplit(2, { MEDUSA_SERVERS: value }), new RegExp(`^Error: MEDUSA_SERVERS=${value.replace(".", "\\.")} is not a number`))
    }
    assert.throws(() => clusterSplit(2, { MEDUSA_SERVERS: "0", MEDUSA_WORKERS: "0" }), /both 0/)
  })
})
