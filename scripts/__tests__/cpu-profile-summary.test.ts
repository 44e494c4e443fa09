import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ownerOf, summarizeProfile, type CpuProfile } from "../lib/cpu-profile-summary"

const ROOT = "/repo"
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber })

describe("a CPU profile's summary", () => {
  it("names a package, our own file, or V8's entry", () => {
    assert.equal(ownerOf("file:///repo/node_modules/@mikro-orm/core/EntityManager.js", "find", ROOT), "@mikro-orm/core")
    assert.equal(ownerOf("file:///repo/node_modules/a/node_modules/knex/lib/raw.js", "toSQL", ROOT), "knex")
    assert.equal(ownerOf("file:///repo/plugins/booking/.medusa/server/src/lib/availability/time.js", "dayClock", ROOT), "plugins/booking/.medusa/server/src/lib/availability/time.js")
    assert.equal(ownerOf("", "(garbage collector)", ROOT), "(garbage collector)")
    assert.equal(ownerOf("node:events", "emit", ROOT), "node:events")
  })

  it("shares the samples by owner and by function, heaviest first, in percent", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        { id: 2, callFrame: frame("find", "file:///repo/node_modules/@mikro-orm/core/EntityManager.js", 111) },
        { id: 3, callFrame: frame("execute", "file:///repo/node_modules/@mikro-orm/core/QueryBuilder.js", 9) },
        { id: 4, callFrame: frame("(garbage collector)", "") },
      ],
      samples: [2, 2, 3, 4, 2, 3, 2, 4],
    }
    const summary = summarizeProfile(profile, ROOT)
    assert.equal(summary.samples, 8)
    assert.deepEqual(summary.byOwner, [
      { name: "@mikro-orm/core", percent: 75 },
      { name: "(garbage collector)", percent: 25 },
    ])
    assert.deepEqual(summary.byFunction, [
      { name: "find @mikro-orm/core:112", percent: 50 },
      { name: "execute @mikro-orm/core:10", percent: 25 },
      { name: "(garbage collector)", percent: 25 },
    ])
  })
})
