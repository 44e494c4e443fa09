import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { remainingPageOffsets } from "../page-offsets"

describe("the pages after the first", () => {
  it("starts each where the previous ends, until the count", () => {
    assert.deepEqual(remainingPageOffsets(460, 100), [100, 200, 300, 400])
    assert.deepEqual(remainingPageOffsets(100, 100), [])
    assert.deepEqual(remainingPageOffsets(30, 30), [])
    assert.deepEqual(remainingPageOffsets(0, 0), [])
  })

  it("steps by what the first page held when Medusa gave fewer rows than asked", () => {
    assert.deepEqual(remainingPageOffsets(120, 50), [50, 100])
  })

  it("reads every row once: the pages cover 0..count without overlap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 200 }), (count, pageLength) => {
        const firstLength = Math.min(count, pageLength)
        const starts = [0, ...remainingPageOffsets(count, firstLength)]
        const covered = firstLength === 0 ? 0 : starts.length * firstLength
        assert.ok(covered >= count && covered - count < Math.max(1, firstLength))
        assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b))
      })
    )
  })
})
