import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { otherLanguageHref } from "../other-language"

describe("otherLanguageHref", () => {
  it("swaps the language and keeps the page and its query", () => {
    assert.equal(otherLanguageHref("/fr", "ar"), "/ar")
    assert.equal(otherLanguageHref("/fr/recherche?q=S1068%20900", "ar"), "/ar/recherche?q=S1068%20900")
    assert.equal(otherLanguageHref("/ar/categories/circulateurs?brand=baxi&page=2", "fr"), "/fr/categories/circulateurs?brand=baxi&page=2")
  })

  it("never leaves the shop", () => {
    assert.equal(otherLanguageHref("//evil.example/x", "ar"), "/ar/x")
    assert.equal(otherLanguageHref("/francais", "ar"), "/ar/francais")
  })
})
