import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { isShopLocale, shopLocale, textDirection } from "../locale"

describe("shop locale", () => {
  it("reads the shop locale: Arabic variants are Arabic, everything else French", () => {
    assert.equal(shopLocale("ar"), "ar")
    assert.equal(shopLocale("ar-DZ"), "ar")
    assert.equal(shopLocale("fr-DZ"), "fr")
    assert.equal(shopLocale(undefined), "fr")
  })

  it("knows its two locales and their direction", () => {
    assert.equal(isShopLocale("fr"), true)
    assert.equal(isShopLocale("ar"), true)
    assert.equal(isShopLocale("en"), false)
    assert.equal(isShopLocale(null), false)
    assert.equal(textDirection("ar"), "rtl")
    assert.equal(textDirection("fr"), "ltr")
  })
})
