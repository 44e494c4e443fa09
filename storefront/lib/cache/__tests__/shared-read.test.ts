import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { createSharedReads } from "../shared-read"

/** A load whose answers the test releases by hand, counting calls. */
function controlledLoad() {
  const pending: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = []
  let calls = 0
  const load = () =>
    new Promise<string>((resolve, reject) => {
      calls++
      pending.push({ resolve, reject })
    })
  return { load, calls: () => calls, answer: (value: string) => pending.shift()!.resolve(value), fail: () => pending.shift()!.reject(new Error("Medusa is down")) }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("createSharedReads", () => {
  it("makes one call for twenty simultaneous first readers", async () => {
    const reads = createSharedReads({ freshMs: 1000, maxAgeMs: 10_000, maxEntries: 10, now: () => 0 })
    const medusa = controlledLoad()
    const readers = Array.from({ length: 20 }, () => reads.read("categories", medusa.load))
    await tick()
    medusa.answer("v1")
    assert.deepEqual(await Promise.all(readers), Array(20).fill("v1"))
    assert.equal(medusa.calls(), 1)
  })

  it("serves the value while fresh, then the previous value during one refresh", async () => {
    let clock = 0
    const reads = createSharedReads({ freshMs: 1000, maxAgeMs: 10_000, maxEntries: 10, now: () => clock })
    const medusa = controlledLoad()
    const first = reads.read("brands", medusa.load)
    medusa.answer("v1")
    assert.equal(await first, "v1")
    clock = 999
    assert.equal(await reads.read("brands", medusa.load), "v1")
    assert.equal(medusa.calls(), 1)
    clock = 1000
    // Stale: everyone gets v1 at once, and only one refresh goes out.
    assert.deepEqual(await Promise.all(Array.from({ length: 20 }, () => reads.read("brands", medusa.load))), Array(20).fill("v1"))
    assert.equal(medusa.calls(), 2)
    medusa.answer("v2")
    await tick()
    assert.equal(await reads.read("brands", medusa.load), "v2")
    assert.equal(medusa.calls(), 2)
  })

  it("keeps the previous value when a refresh fails, and tries again on the next read", async () => {
    let clock = 0
    const reads = createSharedReads({ freshMs: 1000, maxAgeMs: 10_000, maxEntries: 10, now: () => clock })
    const medusa = controlledLoad()
    const first = reads.read("region", medusa.load)
    medusa.answer("reg_1")
    await first
    clock = 2000
    assert.equal(await reads.read("region", medusa.load), "reg_1")
    medusa.fail()
    await tick()
    // Still the previous value, and a new refresh is out.
    assert.equal(await reads.read("region", medusa.load), "reg_1")
    assert.equal(medusa.calls(), 3)
    medusa.answer("reg_2")
    await tick()
    assert.equal(await reads.read("region", medusa.load), "reg_2")
  })

  it("makes callers wait for a value past its maximum age, and passes a first failure on", async () => {
    let clock = 0
    const reads = createSharedReads({ freshMs: 1000, maxAgeMs: 5000, maxEntries: 10, now: () => clock })
    const medusa = controlledLoad()
    const cold = reads.read("products", medusa.load)
    medusa.fail()
    await assert.rejects(cold, /Medusa is down/)
    const retried = reads.read("products", medusa.load)
    medusa.answer("v1")
    assert.equal(await retried, "v1")
    clock = 5000
    let settled = false
    const late = reads.read("products", medusa.load).then((value) => ((settled = true), value))
    await tick()
    assert.equal(settled, false)
    medusa.answer("v2")
    assert.equal(await late, "v2")
  })

  it("holds at most maxEntries keys, dropping the least recently read (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 10 }), async (keys, maxEntries) => {
        const reads = createSharedReads({ freshMs: 1000, maxAgeMs: 10_000, maxEntries, now: () => 0 })
        const loaded: string[] = []
        for (const key of keys) await reads.read(String(key), async () => (loaded.push(String(key)), key))
        assert.ok(reads.size <= maxEntries)
        // The last key read is always still there: reading it again loads nothing.
        const before = loaded.length
        await reads.read(String(keys.at(-1)), async () => (loaded.push("again"), -1))
        assert.equal(loaded.length, before)
      })
    )
  })
})
