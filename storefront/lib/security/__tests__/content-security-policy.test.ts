import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { contentSecurityPolicy, imageOriginsFrom, newNonce } from "../content-security-policy"

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce in production, no inline styles, no framing", () => {
    const csp = contentSecurityPolicy("abc123", false, ["http://localhost:9000"])
    assert.match(csp, /script-src 'self' 'nonce-abc123' 'strict-dynamic'(;|$)/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/)
    assert.match(csp, /style-src 'self' 'nonce-abc123'/)
    assert.match(csp, /img-src 'self' blob: data: http:\/\/localhost:9000/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.match(csp, /object-src 'none'/)
  })

  it("relaxes styles and eval only in development", () => {
    const csp = contentSecurityPolicy("abc123", true)
    assert.match(csp, /style-src 'self' 'unsafe-inline'/)
    assert.match(csp, /'unsafe-eval'/)
  })

  it("gives a different nonce each time and keeps only valid image origins", () => {
    assert.notEqual(newNonce(), newNonce())
    assert.deepEqual(imageOriginsFrom({ MEDUSA_BACKEND_URL: "http://localhost:9000/", MEDIA_URL: "not a url" }), ["http://localhost:9000"])
  })
})
