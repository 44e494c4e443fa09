import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { shopIdentityBannerLine } from "../lib/shop-identity-banner"

describe("the dev banner's shop identity line", () => {
  it("warns with every setting still to fill in", () => {
    const line = shopIdentityBannerLine({ SHOP_LEGAL_NAME: "SARL MJ Chauffage", SHOP_PHONE: "" })
    assert.match(line, /^ {2}Shop identity {4}WARNING: /)
    assert.match(line, /SHOP_ADDRESS, SHOP_RC, SHOP_NIF, SHOP_NIS, SHOP_AI, SHOP_PHONE, SHOP_WHATSAPP, SHOP_EMAIL, SHOP_ANPDP_DECLARATION, SHOP_HOSTING_PROVIDER$/)
    assert.doesNotMatch(line, /SHOP_LEGAL_NAME/)
  })

  it("counts a phone that is not an Algerian number as missing", () => {
    assert.match(shopIdentityBannerLine({ SHOP_PHONE: "12345" }), /SHOP_PHONE/)
  })

  it("says complete when every setting is there", () => {
    const line = shopIdentityBannerLine({
      SHOP_LEGAL_NAME: "SARL MJ Chauffage",
      SHOP_ADDRESS: "Alger",
      SHOP_RC: "16/00-1234567 B 21",
      SHOP_NIF: "002116123456789",
      SHOP_NIS: "002116010012345",
      SHOP_AI: "16012345678",
      SHOP_PHONE: "0550 12 34 56",
      SHOP_WHATSAPP: "0770 11 22 33",
      SHOP_EMAIL: "contact@mj-chauffage.dz",
      SHOP_ANPDP_DECLARATION: "D-2027-000123",
      SHOP_HOSTING_PROVIDER: "Hébergeur SPA, Alger",
    })
    assert.equal(line, "  Shop identity    complete (SHOP_* settings)")
  })
})
