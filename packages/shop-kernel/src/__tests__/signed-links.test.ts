import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { signLink, verifyLink } from "../signed-links"

const SECRET = "k".repeat(16) + "0123456789abcdefghij"
const OTHER_SECRET = "z".repeat(16) + "0123456789abcdefghij"
const NOW = new Date("2026-11-27T10:00:00+01:00")
const IN_ONE_HOUR = new Date(NOW.getTime() + 3600_000)

const orderLink = () => signLink({ purpose: "order", subject: "order_01ABC", expiresAt: IN_ONE_HOUR }, SECRET)
const forge = (claims: object) => Buffer.from(JSON.stringify(claims)).toString("base64url")

describe("signed links", () => {
  it("opens for its purpose before it expires", () => {
    assert.deepEqual(verifyLink(orderLink(), "order", SECRET, NOW), { ok: true, subject: "order_01ABC", expiresAt: IN_ONE_HOUR })
  })

  it("is refused once expired, to the second", () => {
    assert.deepEqual(verifyLink(orderLink(), "order", SECRET, IN_ONE_HOUR), { ok: false, reason: "expired" })
  })

  it("is refused for another purpose", () => {
    assert.deepEqual(verifyLink(orderLink(), "appointment", SECRET, NOW), { ok: false, reason: "wrong_purpose" })
  })

  it("is refused when signed with another secret", () => {
    assert.deepEqual(verifyLink(orderLink(), "order", OTHER_SECRET, NOW), { ok: false, reason: "bad_signature" })
  })

  it("is refused when the subject is swapped or the expiry extended", () => {
    const [version, payload, signature] = orderLink().split(".")
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
    for (const tampered of [forge({ ...claims, s: "order_OTHER" }), forge({ ...claims, e: claims.e + 86400 * 365 })]) {
      assert.deepEqual(verifyLink(`${version}.${tampered}.${signature}`, "order", SECRET, NOW), { ok: false, reason: "bad_signature" })
    }
  })

  it("is refused when one signature character changes, or in a non-canonical encoding", () => {
    const [version, payload, signature] = orderLink().split(".")
    const first = signature[0] === "A" ? "B" : "A"
    assert.deepEqual(verifyLink(`${version}.${payload}.${first}${signature.slice(1)}`, "order", SECRET, NOW), { ok: false, reason: "bad_signature" })
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    // 32 bytes leave 2 unused bits in the last character: flipping the lowest one decodes identically.
    const last = alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1]
    assert.deepEqual(verifyLink(`${version}.${payload}.${signature.slice(0, -1)}${last}`, "order", SECRET, NOW), { ok: false, reason: "bad_signature" })
  })

  it("rejects malformed tokens", () => {
    for (const token of ["", "v1", "v1.a", "v2.a.b", "v1.a.b.c", "not a token"]) {
      const result = verifyLink(token, "order", SECRET, NOW)
      assert.equal(result.ok, false)
      assert.match((result as { reason: string }).reason, /malformed|bad_signature/)
    }
  })

  it("refuses to sign or verify with a short secret", () => {
    assert.throws(() => signLink({ purpose: "order", subject: "x", expiresAt: IN_ONE_HOUR }, "short"), /at least 32/)
    assert.throws(() => verifyLink("v1.a.b", "order", "short", NOW), /at least 32/)
  })
})
