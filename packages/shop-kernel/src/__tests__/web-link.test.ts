import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { isWebLink, webLink } from "../web-link"

describe("webLink", () => {
  it("keeps absolute http(s) addresses, normalised", () => {
    assert.equal(webLink("https://suivi.yalidine.com/?t=123"), "https://suivi.yalidine.com/?t=123")
    assert.equal(webLink(" HTTP://Example.DZ/a "), "http://example.dz/a")
  })

  it("refuses every other scheme and anything that is not an address", () => {
    for (const value of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example", "/fr/commande", "mailto:a@b.dz", "", null, 42]) {
      assert.equal(webLink(value), null, String(value))
      assert.equal(isWebLink(value), false)
    }
  })

  it("property: whatever it accepts starts with http:// or https://", () => {
    fc.assert(fc.property(fc.string(), (value) => {
      const link = webLink(value)
      return link === null || /^https?:\/\//.test(link)
    }))
  })
})
