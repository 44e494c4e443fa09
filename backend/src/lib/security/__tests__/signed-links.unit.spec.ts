import { signLink, verifyLink } from "../signed-links"

const SECRET = "k".repeat(16) + "0123456789abcdefghij"
const OTHER_SECRET = "z".repeat(16) + "0123456789abcdefghij"
const NOW = new Date("2026-11-27T10:00:00+01:00")
const IN_ONE_HOUR = new Date(NOW.getTime() + 3600_000)

const orderLink = () => signLink({ purpose: "order", subject: "order_01ABC", expiresAt: IN_ONE_HOUR }, SECRET)

describe("signed links", () => {
  it("opens for its purpose before it expires", () => {
    expect(verifyLink(orderLink(), "order", SECRET, NOW)).toEqual({ ok: true, subject: "order_01ABC", expiresAt: IN_ONE_HOUR })
  })

  it("is refused once expired, to the second", () => {
    expect(verifyLink(orderLink(), "order", SECRET, IN_ONE_HOUR)).toEqual({ ok: false, reason: "expired" })
  })

  it("is refused for another purpose", () => {
    expect(verifyLink(orderLink(), "appointment", SECRET, NOW)).toEqual({ ok: false, reason: "wrong_purpose" })
  })

  it("is refused when signed with another secret", () => {
    expect(verifyLink(orderLink(), "order", OTHER_SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("is refused when the subject is swapped", () => {
    const [version, , signature] = orderLink().split(".")
    const forged = Buffer.from(JSON.stringify({ p: "order", s: "order_OTHER", e: IN_ONE_HOUR.getTime() / 1000 })).toString("base64url")
    expect(verifyLink(`${version}.${forged}.${signature}`, "order", SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("is refused when the expiry is extended", () => {
    const [version, payload, signature] = orderLink().split(".")
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
    const extended = Buffer.from(JSON.stringify({ ...claims, e: claims.e + 86400 * 365 })).toString("base64url")
    expect(verifyLink(`${version}.${extended}.${signature}`, "order", SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("is refused when a single signature character changes", () => {
    const [version, payload, signature] = orderLink().split(".")
    const first = signature[0] === "A" ? "B" : "A"
    expect(verifyLink(`${version}.${payload}.${first}${signature.slice(1)}`, "order", SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it("is refused in a non-canonical encoding of the right signature", () => {
    const [version, payload, signature] = orderLink().split(".")
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    // 32 bytes leave 2 unused bits in the last character: flipping the lowest one decodes identically.
    const last = alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1]
    expect(verifyLink(`${version}.${payload}.${signature.slice(0, -1)}${last}`, "order", SECRET, NOW)).toEqual({ ok: false, reason: "bad_signature" })
  })

  it.each(["", "v1", "v1.a", "v2.a.b", "v1.a.b.c", "not a token"])("rejects malformed token %p", (token) => {
    expect(verifyLink(token, "order", SECRET, NOW)).toEqual({ ok: false, reason: expect.stringMatching(/malformed|bad_signature/) })
  })

  it("refuses to sign or verify with a short secret", () => {
    expect(() => signLink({ purpose: "order", subject: "x", expiresAt: IN_ONE_HOUR }, "short")).toThrow(/at least 32/)
    expect(() => verifyLink("v1.a.b", "order", "short", NOW)).toThrow(/at least 32/)
  })
})
