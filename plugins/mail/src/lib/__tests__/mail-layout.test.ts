import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { escapeHtml, renderMail } from "../mail-layout"

describe("renderMail", () => {
  it("sets the language and direction, and escapes every text and link", () => {
    const mail = renderMail("ar", "موعدك <b>", [
      { heading: "العنوان", lines: ['5 rue "Larbi" <script>alert(1)</script>', { text: "إدارة الموعد", href: "https://mj-chauffage.dz/ar?a=1&b=2" }] },
    ])
    assert.match(mail.html, /<html lang="ar" dir="rtl">/)
    assert.doesNotMatch(mail.html, /<script>/)
    assert.match(mail.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
    assert.match(mail.html, /href="https:\/\/mj-chauffage\.dz\/ar\?a=1&amp;b=2"/)
    assert.equal(mail.subject, "موعدك <b>")
  })

  it("writes a plain-text twin with the links spelled out", () => {
    const mail = renderMail("fr", "Votre rendez-vous", [{ heading: "Adresse", lines: ["12 rue Didouche Mourad", { text: "Gérer", href: "https://x.dz/g" }] }])
    assert.match(mail.text, /Adresse\n12 rue Didouche Mourad\nGérer : https:\/\/x\.dz\/g/)
    assert.match(mail.html, /<html lang="fr" dir="ltr">/)
  })

  it("escapes the five HTML characters", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  })
})
