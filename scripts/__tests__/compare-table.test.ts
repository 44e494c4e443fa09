import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { figure, median, percentile, ratio, routeRow, stepRow, summarizeRounds } from "../../bench/lib/compare-table"
import { parseStat } from "../../bench/lib/process-cpu"

describe("bench/compare's arithmetic and tables", () => {
  it("takes medians over rounds, leaving out what was not measured", () => {
    assert.equal(median([3, 1, 2]), 2)
    assert.equal(median([4, 1, 3, 2]), 2.5)
    assert.equal(median([NaN, 5]), 5)
    assert.ok(Number.isNaN(median([])))
  })

  it("reads percentiles by nearest rank", () => {
    const times = Array.from({ length: 100 }, (_, index) => 100 - index)
    assert.equal(percentile(times, 50), 50)
    assert.equal(percentile(times, 95), 95)
    assert.equal(percentile(times, 99), 99)
    assert.equal(percentile([7], 99), 7)
  })

  it("writes ratios as ours over bare, and a dash where one is missing", () => {
    assert.equal(ratio(30, 20), "1.50")
    assert.equal(ratio(10, 0), "–")
    assert.equal(ratio(NaN, 2), "–")
    assert.equal(figure(1234.5), "1235")
    assert.equal(figure(12.34), "12.3")
    assert.equal(figure(0.456), "0.46")
  })

  it("makes one row per route from the rounds' medians, and flags answers that were not 2xx", () => {
    const round = (p50: number, perSecond: number, failed = 0) => ({ p50, p95: p50 * 2, p99: p50 * 3, perSecond, cpuMsPerRequest: 4, failed })
    const ours = summarizeRounds([round(10, 200), round(12, 100, 2), round(11, 150)])
    const bare = summarizeRounds([round(20, 50), round(22, 75), round(21, 60)])
    assert.deepEqual(ours, { p50: 11, p95: 22, p99: 33, perSecond: 150, cpuMsPerRequest: 4, failed: 2 })
    assert.equal(routeRow("GET /store/regions", ours, bare), "| GET /store/regions | 11.0 / 22.0 / 33.0 (2 not 2xx) | 21.0 / 42.0 / 63.0 | 0.52 | 150 | 60.0 | 2.50 | 4.0 / 4.0 |")
    assert.equal(stepRow("complete", { times: [10, 30, 20], cpuMs: [5, 15] }, { times: [40], cpuMs: [20] }), "| complete | 20.0 / 30.0 | 40.0 / 40.0 | 0.50 | 10.0 / 20.0 |")
  })

  it("reads a process's group and CPU ticks from /proc/<pid>/stat, even with spaces and parentheses in its name", () => {
    const stat = "4242 (node (server) 1) S 4200 4201 4201 0 -1 4194560 5000 0 0 0 731 269 0 0 20 0 11 0 123 456 789"
    assert.deepEqual(parseStat(stat), { group: 4201, ticks: 1000 })
  })
})
