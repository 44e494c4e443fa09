import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { createCatalogueCache } from "../catalogue-cache"

type Answer = { version: string }

/** A Medusa whose answers the test releases by hand, counting calls and seeing aborts. */
function controlledMedusa() {
  const pending: Array<{ resolve: (value: Answer) => void; reject: (error: Error) => void; signal: AbortSignal }> = []
  let calls = 0
  const load = (signal: AbortSignal) =>
    new Promise<Answer>((resolve, reject) => {
      calls++
      pending.push({ resolve, reject, signal })
    })
  return {
    load,
    calls: () => calls,
    answer: (version: string) => pending.shift()!.resolve({ version }),
    fail: () => pending.shift()!.reject(new Error("Medusa is down")),
    pending: () => pending,
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))
/** lru-cache takes a start time of 0 for "no time recorded": the test clock starts later. */
const START = 1_000_000

function cacheAt(clock: { now: number }, options: { freshMs?: number; maxAgeMs?: number; maxEntries?: number } = {}) {
  return createCatalogueCache({ freshMs: 1000, maxAgeMs: 10_000, maxEntries: 10, ...options, now: () => clock.now })
}

describe("createCatalogueCache", () => {
  /** A cache that has read `key` once (Medusa answered `version`), with its clock and Medusa. */
  async function warmed(key: string, version: string) {
    const clock = { now: START }
    const cache = cacheAt(clock)
    const medusa = controlledMedusa()
    const first = cache.read(key, medusa.load)
    medusa.answer(version)
    assert.deepEqual(await first, { version })
    return { clock, cache, medusa }
  }

  it("makes one call for twenty simultaneous first readers", async () => {
    const cache = cacheAt({ now: START })
    const medusa = controlledMedusa()
    const readers = Array.from({ length: 20 }, () => cache.read("categories", medusa.load))
    await tick()
    medusa.answer("v1")
    assert.deepEqual(await Promise.all(readers), Array(20).fill({ version: "v1" }))
    assert.equal(medusa.calls(), 1)
  })

  it("serves the value while fresh, then the previous value during one refresh", async () => {
    const { clock, cache, medusa } = await warmed("brands", "v1")
    clock.now = START + 1000
    assert.deepEqual(await cache.read("brands", medusa.load), { version: "v1" })
    assert.equal(medusa.calls(), 1)
    clock.now = START + 1001
    // Stale: everyone gets v1 at once, and only one refresh goes out.
    const readers = await Promise.all(Array.from({ length: 20 }, () => cache.read("brands", medusa.load)))
    assert.deepEqual(readers, Array(20).fill({ version: "v1" }))
    assert.equal(medusa.calls(), 2)
    medusa.answer("v2")
    await tick()
    assert.deepEqual(await cache.read("brands", medusa.load), { version: "v2" })
    assert.equal(medusa.calls(), 2)
  })

  it("keeps the previous value when a refresh fails, and tries again on the next read", async () => {
    const { clock, cache, medusa } = await warmed("region", "reg_1")
    clock.now = START + 2000
    assert.deepEqual(await cache.read("region", medusa.load), { version: "reg_1" })
    medusa.fail()
    await tick()
    // Still the previous value, and a new refresh is out.
    assert.deepEqual(await cache.read("region", medusa.load), { version: "reg_1" })
    assert.equal(medusa.calls(), 3)
    medusa.answer("reg_2")
    await tick()
    assert.deepEqual(await cache.read("region", medusa.load), { version: "reg_2" })
  })

  it("makes readers wait for a value past its maximum age, and passes a first failure on", async () => {
    const clock = { now: START }
    const cache = cacheAt(clock, { maxAgeMs: 5000 })
    const medusa = controlledMedusa()
    const cold = cache.read("products", medusa.load)
    medusa.fail()
    await assert.rejects(cold, /Medusa is down/)
    const retried = cache.read("products", medusa.load)
    medusa.answer("v1")
    assert.deepEqual(await retried, { version: "v1" })
    clock.now = START + 5000
    let settled = false
    const late = cache.read("products", medusa.load).then((value) => ((settled = true), value))
    await tick()
    assert.equal(settled, false)
    medusa.answer("v2")
    assert.deepEqual(await late, { version: "v2" })
  })

  it("forgets everything on clear, even a fresh value", async () => {
    const cache = cacheAt({ now: START })
    const medusa = controlledMedusa()
    const first = cache.read("product:pompe", medusa.load)
    medusa.answer("31 900 DA")
    await first
    assert.equal(cache.clear(), 1)
    const after = cache.read("product:pompe", medusa.load)
    medusa.answer("33 900 DA")
    assert.deepEqual(await after, { version: "33 900 DA" })
    assert.equal(medusa.calls(), 2)
  })

  it("gives a reader waiting across a clear the answer read after it, never the one in flight", async () => {
    const cache = cacheAt({ now: START })
    const medusa = controlledMedusa()
    const waiting = cache.read("product:pompe", medusa.load)
    const before = medusa.pending().shift()!
    cache.clear()
    assert.equal(before.signal.aborted, true)
    await tick()
    // The aborted read answers late, with the price from before the change: it is not kept.
    before.resolve({ version: "31 900 DA" })
    await tick()
    medusa.answer("33 900 DA")
    assert.deepEqual(await waiting, { version: "33 900 DA" })
    assert.deepEqual(await cache.read("product:pompe", medusa.load), { version: "33 900 DA" })
    assert.equal(medusa.calls(), 2)
  })

  it("holds at most maxEntries keys, dropping the least recently read (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 10 }), async (keys, maxEntries) => {
        const cache = cacheAt({ now: START }, { maxEntries })
        const loaded: string[] = []
        for (const key of keys) await cache.read(String(key), async () => (loaded.push(String(key)), { key }))
        assert.ok(cache.size <= maxEntries)
        // The last key read is always still there: reading it again loads nothing.
        const before = loaded.length
        await cache.read(String(keys.at(-1)), async () => (loaded.push("again"), { key: -1 }))
        assert.equal(loaded.length, before)
      })
    )
  })
})
