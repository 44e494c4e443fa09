import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { requestIdFor } from "../request-id"

describe("a page request's id", () => {
  it("keeps a well-formed id from upstream", () => {
    assert.equal(requestIdFor("3f1c9a2e-8d4b-4c1e-9f00-123456789abc"), "3f1c9a2e-8d4b-4c1e-9f00-123456789abc")
    assert.equal(requestIdFor("lb:0123456789"), "lb:0123456789")
  })

  it("makes a new one when there is none or it is malformed (too short, too long, spaces, quotes)", () => {
    for (const upstream of [null, "", "court", "x".repeat(129), "a b c d e f", 'guil"lemets"']) {
      assert.equal(requestIdFor(upstream, () => "new-0123456789"), "new-0123456789")
    }
    assert.match(requestIdFor(null), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})
