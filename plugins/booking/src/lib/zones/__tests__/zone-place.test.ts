import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { zoneCommuneIds, zoneHasWilaya } from "../zone-place"

describe("zone place", () => {
  it("a zone serves exactly its wilayas", () => {
    const alger = { wilaya_codes: ["16"], commune_ids: null }
    assert.equal(zoneHasWilaya(alger, "16"), true)
    for (const code of ["11", "99", "016", "16 ", ""]) assert.equal(zoneHasWilaya(alger, code), false, code)
    assert.equal(zoneHasWilaya({ wilaya_codes: "16" }, "16"), false)
  })

  it("names its communes only when it is limited to some", () => {
    assert.equal(zoneCommuneIds({ wilaya_codes: ["16"], commune_ids: null }), null)
    assert.deepEqual(zoneCommuneIds({ wilaya_codes: ["16"], commune_ids: [554, "555"] }), ["554", "555"])
  })
})
