import assert from "node:assert/strict"
import crypto from "node:crypto"
import { describe, it } from "node:test"
import fc from "fast-check"
import { chargilySignature, isChargilySignatureValid } from "../signature"

const KEY = "test_sk_9d3f0c2b7a1e4d5f8a6b3c2d1e0f9a8b7c6d5e4f"

describe("Chargily webhook signature", () => {
  it("is the hex HMAC-SHA256 of the raw body with the secret key", () => {
    const body = Buffer.from('{"id":"evt_1","type":"checkout.paid","data":{"id":"chk_1"}}')
    assert.equal(chargilySignature(body, KEY), crypto.createHmac("sha256", KEY).update(body).digest("hex"))
    assert.equal(isChargilySignatureValid(body, chargilySignature(body, KEY), KEY), true)
    // Hex digits in capitals are the same bytes.
    assert.equal(isChargilySignatureValid(body, chargilySignature(body, KEY).toUpperCase(), KEY), true)
  })

  it("refuses a missing, malformed or other key's signature, and a body that is not raw bytes", () => {
    const body = Buffer.from("{}")
    const good = chargilySignature(body, KEY)
    for (const signature of [undefined, "", good.slice(2), `${good}00`, "z".repeat(64), ["a", "b"], chargilySignature(body, `${KEY}x`)]) {
      assert.equal(isChargilySignatureValid(body, signature, KEY), false, String(signature))
    }
    assert.equal(isChargilySignatureValid(undefined, good, KEY), false)
  })

  it("fails for any change of one byte of the body (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const body = Buffer.from(bytes)
        const signature = chargilySignature(body, KEY)
        const changed = Buffer.from(body)
        changed[at % changed.length] = changed[at % changed.length]! ^ flip
        return isChargilySignatureValid(body, signature, KEY) && !isChargilySignatureValid(changed, signature, KEY)
      })
    )
  })
})
