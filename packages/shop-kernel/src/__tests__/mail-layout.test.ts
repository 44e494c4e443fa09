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

  it("makes a link only of an http(s) address: javascript:, data: and bare words stay text", () => {
    for (const href of ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "suivi-colis", ""]) {
      const mail = renderMail("fr", "Votre colis", [{ lines: [{ text: "Suivre mon colis", href }] }])
      assert.doesNotMatch(mail.html, /<a /, href)
      assert.doesNotMatch(mail.html + mail.text, /javascript|data:|vbscript/i, href)
      assert.match(mail.html, /<p style="margin:2px 0">Suivre mon colis<\/p>/)
      assert.match(mail.text, /^Suivre mon colis$/m)
    }
    assert.match(renderMail("fr", "x", [{ lines: [{ text: "Suivre", href: "http://suivi.example.dz/123" }] }]).html, /href="http:\/\/suivi\.example\.dz\/123"/)
  })

  it("escapes the five HTML characters", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  })
})
