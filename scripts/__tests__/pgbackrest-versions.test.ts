/**
 * Which PostgreSQL major a pgBackRest version can back up (scripts/lib/pgbackrest.ts): the restore
 * drill picks its PostgreSQL by it, so Debian 12's 2.45 must not be handed PostgreSQL 16.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { newestSupportedMajor } from "../lib/pgbackrest"

describe("newestSupportedMajor", () => {
  it("stops at 15 before 2.48 (the release with PostgreSQL 16's final catalog number)", () => {
    assert.equal(newestSupportedMajor([2, 45]), 15)
    assert.equal(newestSupportedMajor([2, 47]), 15)
    assert.equal(newestSupportedMajor([2, 42]), 15)
  })
  it("knows 16 from 2.48 on, and in any later major", () => {
    assert.equal(newestSupportedMajor([2, 48]), 16)
    assert.equal(newestSupportedMajor([2, 55]), 16)
    assert.equal(newestSupportedMajor([3, 0]), 16)
  })
  it("goes no further than 14 for older releases", () => {
    assert.equal(newestSupportedMajor([2, 41]), 14)
  })
})
