import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { containedIn, normalize, overlapsAny, subtract } from "../intervals"

const i = (start: number, end: number) => ({ start, end })

describe("intervals", () => {
  it("normalize sorts, merges overlapping and touching intervals, drops empty ones", () => {
    assert.deepEqual(normalize([i(5, 7), i(1, 3), i(3, 4), i(6, 9), i(10, 10)]), [i(1, 4), i(5, 9)])
  })

  it("subtract cuts holes and trims edges", () => {
    assert.deepEqual(subtract([i(0, 10)], [i(2, 3), i(5, 7)]), [i(0, 2), i(3, 5), i(7, 10)])
    assert.deepEqual(subtract([i(0, 10)], [i(-5, 2), i(8, 20)]), [i(2, 8)])
    assert.deepEqual(subtract([i(0, 10)], [i(0, 10)]), [])
  })

  it("overlapsAny treats intervals as half-open", () => {
    const sorted = normalize([i(0, 10), i(20, 30)])
    assert.equal(overlapsAny(sorted, i(10, 20)), false)
    assert.equal(overlapsAny(sorted, i(9, 11)), true)
    assert.equal(overlapsAny(sorted, i(25, 26)), true)
    assert.equal(overlapsAny([], i(0, 1)), false)
  })

  it("containedIn needs one interval to hold the whole candidate", () => {
    assert.equal(containedIn([i(0, 10)], i(2, 10)), true)
    assert.equal(containedIn([i(0, 5), i(5, 10)], i(4, 6)), false)
  })
})
