import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { clusterNodeFlags, SEMI_SPACE_MB } from "../lib/cluster-node-flags"

describe("the cluster's Node flags", () => {
  it("give every process the larger young generation unless NODE_OPTIONS names its own", () => {
    assert.deepEqual(clusterNodeFlags({}), [`--max-semi-space-size=${SEMI_SPACE_MB}`])
    assert.deepEqual(clusterNodeFlags({ NODE_OPTIONS: "--max-old-space-size=1024 --max-semi-space-size=16" }), [])
    assert.deepEqual(clusterNodeFlags({ NODE_OPTIONS: "--max-old-space-size=1024" }), [`--max-semi-space-size=${SEMI_SPACE_MB}`])
  })

  it("add the CPU profiler's flags when a benchmark asks for profiles", () => {
    assert.deepEqual(clusterNodeFlags({ MEDUSA_CPU_PROFILE_DIR: "/tmp/profiles" }).slice(1), ["--cpu-prof", "--cpu-prof-dir=/tmp/profiles"])
  })
})
