import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { currentAllowlist } from "../lib/audit-allowlist"

describe("the audit allow-list", () => {
  const entry = (until: string, why = "no fix released; the vulnerable path is not reachable") => ({ id: "GHSA-xxxx-yyyy-zzzz", until, why })

  it("holds an exception up to and including its last day", () => {
    assert.deepEqual(currentAllowlist([entry("2026-12-31")], "2026-12-31"), { allowed: ["GHSA-xxxx-yyyy-zzzz"], expired: [] })
  })

  it("drops an exception the day after, and one without a date or a reason", () => {
    assert.deepEqual(currentAllowlist([entry("2026-12-31")], "2027-01-01").allowed, [])
    assert.equal(currentAllowlist([entry("soon")], "2026-12-01").expired.length, 1)
    assert.equal(currentAllowlist([entry("2027-06-01", " ")], "2026-12-01").expired.length, 1)
  })
})
