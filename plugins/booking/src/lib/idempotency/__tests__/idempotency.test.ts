import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { IDEMPOTENCY_ABANDONED_MS, IDEMPOTENCY_TTL_MS, keyStanding, readIdempotencyKey, replayDecision, requestFingerprint } from "../idempotency"

describe("readIdempotencyKey", () => {
  it("accepts a UUID, no header at all, and refuses a short or odd key", () => {
    assert.deepEqual(readIdempotencyKey("0b5c7d1e-9f2a-4c3b-8d6e-1a2b3c4d5e6f"), { key: "0b5c7d1e-9f2a-4c3b-8d6e-1a2b3c4d5e6f" })
    assert.deepEqual(readIdempotencyKey(undefined), { key: null })
    assert.ok("problem" in readIdempotencyKey("short"))
    assert.ok("problem" in readIdempotencyKey("a key with spaces"))
    assert.ok("problem" in readIdempotencyKey(["a", "b"]))
  })
})

describe("requestFingerprint", () => {
  it("ignores the order of keys but not a changed value or another caller", () => {
    const body = { zone_id: "z1", contact: { first_name: "Karim", phone: "0550123456" }, starts_at: "2026-12-07T08:00:00Z" }
    const reordered = { starts_at: "2026-12-07T08:00:00Z", contact: { phone: "0550123456", first_name: "Karim" }, zone_id: "z1" }
    assert.equal(requestFingerprint(body, null), requestFingerprint(reordered, null))
    assert.notEqual(requestFingerprint(body, null), requestFingerprint({ ...body, starts_at: "2026-12-07T09:00:00Z" }, null))
    assert.notEqual(requestFingerprint(body, null), requestFingerprint(body, "cus_1"))
  })

  it("does not depend on the order in which a client writes the keys, at any depth", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue())), (body) => {
        const reversed = Object.fromEntries(
          Object.entries(body)
            .reverse()
            .map(([key, inner]) => [key, Object.fromEntries(Object.entries(inner).reverse())])
        )
        assert.equal(requestFingerprint(reversed, null), requestFingerprint(body, null))
      })
    )
  })
})

describe("replayDecision", () => {
  const stored = { request_hash: "h1", response_status: 201, response_body: { appointment: { id: "appt_1" } }, created_at: new Date() }
  it("replays the first answer to the same request", () => {
    assert.deepEqual(replayDecision(stored, "h1"), { action: "replay", status: 201, body: { appointment: { id: "appt_1" } } })
  })
  it("refuses the key for another request, and a retry while the first is still running", () => {
    assert.equal((replayDecision(stored, "h2") as { body: { code: string } }).body.code, "idempotency_key_reused")
    assert.equal((replayDecision({ ...stored, response_status: null }, "h1") as { body: { code: string } }).body.code, "idempotency_request_in_progress")
  })
})

describe("keyStanding", () => {
  const now = new Date("2026-12-05T10:00:00+01:00")
  const ago = (ms: number) => new Date(now.getTime() - ms)
  it("keeps an answered key for a day, then lets it go", () => {
    assert.equal(keyStanding({ response_status: 201, created_at: ago(IDEMPOTENCY_TTL_MS - 1) }, now), "stands")
    assert.equal(keyStanding({ response_status: 201, created_at: ago(IDEMPOTENCY_TTL_MS) }, now), "expired")
  })
  it("a request still unanswered after a while was abandoned by a dead process: its key can be claimed again", () => {
    assert.equal(keyStanding({ response_status: null, created_at: ago(IDEMPOTENCY_ABANDONED_MS - 1) }, now), "stands")
    assert.equal(keyStanding({ response_status: null, created_at: ago(IDEMPOTENCY_ABANDONED_MS) }, now), "abandoned")
  })
})
