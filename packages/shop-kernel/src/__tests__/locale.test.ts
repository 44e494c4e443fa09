import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ARABIC_CONTENT_LOCALE, contentLocale, isShopLocale, joinForDisplay, ltrIsolate, shopLocale, textDirection } from "../locale"

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

  it("reads the catalogue in Arabic through Medusa's ar-DZ translations, in French from Medusa's own fields", () => {
    assert.equal(contentLocale("ar"), "ar-DZ")
    assert.equal(contentLocale("fr"), undefined)
    assert.equal(shopLocale(ARABIC_CONTENT_LOCALE), "ar")
  })
})

describe("display punctuation", () => {
  it("joins lists with the Arabic comma in Arabic and a Latin comma in French", () => {
    assert.equal(joinForDisplay(["Tamanrasset", "11 تمنراست"], "ar"), "Tamanrasset، 11 تمنراست")
    assert.equal(joinForDisplay(["Alger Centre", "16 Alger"], "fr"), "Alger Centre, 16 Alger")
    assert.doesNotMatch(joinForDisplay(["a", "b", "c"], "ar"), /,/)
  })

  it("isolates a phone number left to right for plain text", () => {
    assert.equal(ltrIsolate("+213770112233"), "\u2066+213770112233\u2069")
  })
})
