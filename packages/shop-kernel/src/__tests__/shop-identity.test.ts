import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { missingShopIdentity, readShopIdentity, SHOP_IDENTITY_VARIABLES, telephoneLink, whatsappLink } from "../shop-identity"

const COMPLETE = {
  SHOP_LEGAL_NAME: "SARL MJ Chauffage",
  SHOP_ADDRESS: "12 rue des Frères Bouadou, Bir Mourad Raïs, Alger",
  SHOP_ADDRESS_AR: "12 شارع الإخوة بوعدو، بئر مراد رايس، الجزائر",
  SHOP_RC: "16/00-1234567 B 21",
  SHOP_NIF: "002116123456789",
  SHOP_NIS: "002116010012345",
  SHOP_AI: "16012345678",
  SHOP_PHONE: "0550 12 34 56",
  SHOP_WHATSAPP: "+213 770 11 22 33",
  SHOP_EMAIL: "contact@mj-chauffage.dz",
  SHOP_ANPDP_DECLARATION: "D-2027-000123",
  SHOP_HOSTING_PROVIDER: "Hébergeur SPA, Alger",
}

describe("telephoneLink and whatsappLink", () => {
  it("link any way of writing an Algerian number by its E.164 form, shown in the national form", () => {
    for (const written of ["0550123456", "0550 12 34 56", "+213 (0)5 50 12 34 56", "00213550123456"]) {
      assert.deepEqual(telephoneLink(written), { e164: "+213550123456", display: "0550 12 34 56", href: "tel:+213550123456" })
      assert.deepEqual(whatsappLink(written), { e164: "+213550123456", display: "0550 12 34 56", href: "https://wa.me/213550123456" })
    }
    assert.deepEqual(telephoneLink("021 23 45 67"), { e164: "+21321234567", display: "021 23 45 67", href: "tel:+21321234567" })
  })

  it("give no link for an empty, foreign or malformed number", () => {
    for (const written of [undefined, "", "   ", "+33612345678", "0550 12 34 5", "tel:0550123456", "javascript:alert(1)"]) {
      assert.equal(telephoneLink(written), null, String(written))
      assert.equal(whatsappLink(written), null, String(written))
    }
  })
})

describe("readShopIdentity", () => {
  it("reads every SHOP_* variable, trimmed", () => {
    const identity = readShopIdentity({ ...COMPLETE, SHOP_RC: `  ${COMPLETE.SHOP_RC}  ` })
    assert.deepEqual(identity, {
      legalName: "SARL MJ Chauffage",
      address: COMPLETE.SHOP_ADDRESS,
      addressAr: COMPLETE.SHOP_ADDRESS_AR,
      rc: "16/00-1234567 B 21",
      nif: "002116123456789",
      nis: "002116010012345",
      articleImposition: "16012345678",
      phone: { e164: "+213550123456", display: "0550 12 34 56", href: "tel:+213550123456" },
      whatsapp: { e164: "+213770112233", display: "0770 11 22 33", href: "https://wa.me/213770112233" },
      email: "contact@mj-chauffage.dz",
      anpdpDeclaration: "D-2027-000123",
      hostingProvider: "Hébergeur SPA, Alger",
    })
    assert.deepEqual(missingShopIdentity(identity), [])
  })

  it("names every variable still to fill in when nothing is configured; the Arabic address is optional", () => {
    const identity = readShopIdentity({})
    assert.ok(Object.values(identity).every((value) => value === null))
    assert.deepEqual(missingShopIdentity(identity), [
      "SHOP_LEGAL_NAME",
      "SHOP_ADDRESS",
      "SHOP_RC",
      "SHOP_NIF",
      "SHOP_NIS",
      "SHOP_AI",
      "SHOP_PHONE",
      "SHOP_WHATSAPP",
      "SHOP_EMAIL",
      "SHOP_ANPDP_DECLARATION",
      "SHOP_HOSTING_PROVIDER",
    ])
    assert.ok(!missingShopIdentity(readShopIdentity({ ...COMPLETE, SHOP_ADDRESS_AR: "" })).includes(SHOP_IDENTITY_VARIABLES.addressAr))
  })

  it("counts an unusable phone or e-mail as still to fill in", () => {
    const identity = readShopIdentity({ ...COMPLETE, SHOP_PHONE: "12345", SHOP_WHATSAPP: "+33612345678", SHOP_EMAIL: "contact at mj-chauffage.dz" })
    assert.equal(identity.phone, null)
    assert.equal(identity.whatsapp, null)
    assert.equal(identity.email, null)
    assert.deepEqual(missingShopIdentity(identity), ["SHOP_PHONE", "SHOP_WHATSAPP", "SHOP_EMAIL"])
    for (const email of ["contact@localhost", "a b@mj.dz", "<x@mj.dz>", "x@mj.dz, y@mj.dz"]) {
      assert.equal(readShopIdentity({ SHOP_EMAIL: email }).email, null, email)
    }
  })
})
