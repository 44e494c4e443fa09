import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { footerHtml, footerLines, headerHtml, headerLine } from "../mail-frame"
import { renderMail } from "../mail-layout"
import { readShopIdentity } from "../shop-identity"

const configured = readShopIdentity({
  SHOP_LEGAL_NAME: "SARL MJ Chauffage",
  SHOP_ADDRESS: "12 rue Didouche Mourad, Alger",
  SHOP_ADDRESS_AR: "12 شارع ديدوش مراد، الجزائر",
  SHOP_RC: "16/00-1234567B21",
  SHOP_NIF: "002116001234567",
  SHOP_NIS: "0021160012345",
  SHOP_AI: "16012345678",
  SHOP_PHONE: "0550123456",
  SHOP_WHATSAPP: "0770112233",
  SHOP_EMAIL: "contact@mj-chauffage.dz",
})
const empty = readShopIdentity({})

describe("mail frame", () => {
  it("puts the shop's phone in the header as a tel: link, read left to right in Arabic", () => {
    assert.match(headerHtml(configured, "fr"), /<a href="tel:\+213550123456" dir="ltr"[^>]*>0550 12 34 56<\/a>/)
    assert.equal(headerLine(configured, "fr"), "MJ Chauffage — Tél. : 0550 12 34 56")
    assert.equal(headerLine(configured, "ar"), "MJ Chauffage — الهاتف: \u20660550 12 34 56\u2069")
    assert.match(headerHtml(configured, "ar"), /align="left"/)
  })

  it("writes the legal identity and contacts in the footer, French and Arabic", () => {
    assert.deepEqual(footerLines(configured, "fr"), [
      "SARL MJ Chauffage",
      "12 rue Didouche Mourad, Alger",
      "RC : 16/00-1234567B21, NIF : 002116001234567, NIS : 0021160012345, AI : 16012345678",
      "Tél. : 0550 12 34 56, WhatsApp : 0770 11 22 33, E-mail : contact@mj-chauffage.dz",
    ])
    const arabic = footerLines(configured, "ar")
    assert.equal(arabic[1], "12 شارع ديدوش مراد، الجزائر")
    assert.equal(arabic[2], "السجل التجاري: \u206616/00-1234567B21\u2069، رقم التعريف الجبائي: \u2066002116001234567\u2069، رقم التعريف الإحصائي: \u20660021160012345\u2069، رقم المادة الضريبية: \u206616012345678\u2069")
    assert.doesNotMatch(arabic.join("\n"), /Tél|RC|NIF|E-mail|, /)
    const html = footerHtml(configured, "fr")
    assert.match(html, /href="tel:\+213550123456"/)
    assert.match(html, /href="https:\/\/wa\.me\/213770112233"/)
    assert.match(html, /href="mailto:contact@mj-chauffage\.dz"/)
    assert.match(html, /NIF : <span dir="ltr"[^>]*>002116001234567<\/span>/)
  })

  it("leaves out what is not configured, never writing undefined or null", () => {
    assert.deepEqual(footerLines(empty, "fr"), ["MJ Chauffage"])
    assert.equal(headerLine(empty, "ar"), "MJ Chauffage")
    assert.doesNotMatch(headerHtml(empty, "fr") + footerHtml(empty, "ar"), /undefined|null|tel:|mailto:/)
    const partial = readShopIdentity({ SHOP_NIF: "002116001234567", SHOP_PHONE: "not a phone" })
    assert.deepEqual(footerLines(partial, "fr"), ["MJ Chauffage", "NIF : 002116001234567"])
  })

  it("escapes the configured values", () => {
    const hostile = readShopIdentity({ SHOP_LEGAL_NAME: "<script>x</script>", SHOP_ADDRESS: 'rue "A" & B' })
    const html = footerHtml(hostile, "fr")
    assert.doesNotMatch(html, /<script>/)
    assert.match(html, /rue &quot;A&quot; &amp; B/)
  })

  it("frames a whole e-mail: the same header and footer in the HTML and in its plain-text twin", () => {
    const mail = renderMail("ar", "طلبك", [{ lines: ["مرحبا"] }], configured)
    assert.match(mail.html, /<html lang="ar" dir="rtl">/)
    assert.match(mail.html, /href="tel:\+213550123456"/)
    assert.match(mail.html, /رقم التعريف الجبائي/)
    assert.doesNotMatch(mail.html, /<img|<svg|https?:\/\/(?!wa\.me)/)
    assert.ok(mail.text.startsWith("MJ Chauffage — الهاتف: \u20660550 12 34 56\u2069\n\nمرحبا\n\n--\nSARL MJ Chauffage\n"))
    assert.match(mail.text, /رقم التعريف الجبائي: \u2066002116001234567\u2069/)
  })
})
