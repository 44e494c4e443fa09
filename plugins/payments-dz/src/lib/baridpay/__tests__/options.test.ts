import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { readBaridpayOptions } from "../options"
import { renderBaridpayReminder } from "../reminder-mail"

describe("BaridPay settings", () => {
  it("takes a 20-digit RIP with spaces, and a web address or a text for the QR", () => {
    assert.deepEqual(readBaridpayOptions({ rip: "0079 9999 0001 2345 6789", qr_url: "https://shop.example/static/qr.png" }), {
      rip: "00799999000123456789",
      qr_url: "https://shop.example/static/qr.png",
      qr_payload: null,
    })
    assert.equal(readBaridpayOptions({ rip: "00799999000123456789", qr_payload: " BARIDPAY:123 " }).qr_payload, "BARIDPAY:123")
  })

  it("refuses a missing or short RIP and a QR address that is not a web address, at start", () => {
    assert.throws(() => readBaridpayOptions({}), /BARIDPAY_RIP/)
    assert.throws(() => readBaridpayOptions({ rip: "0079999900012345678" }), /BARIDPAY_RIP/)
    assert.throws(() => readBaridpayOptions({ rip: "00799999000123456789", qr_url: "javascript:alert(1)" }), /BARIDPAY_QR_URL/)
  })
})

describe("the BaridPay reminder e-mail", () => {
  const data = { display_id: 1042, amount: 5800, payment_reference: "BP-1042-K", rip: "00799999000123456789", cancel_after_hours: 72, order_url: "https://shop.example/fr/commande?token=t" }

  it("tells the amount, the reference, the RIP, the deadline and links to the order page, in French and in Arabic", () => {
    const fr = renderBaridpayReminder({ ...data, locale: "fr" })
    assert.match(fr.subject, /1042/)
    for (const part of ["BP-1042-K", "00799999000123456789", "72 heures", "https://shop.example/fr/commande?token=t"]) assert.ok(fr.text.includes(part), part)
    const ar = renderBaridpayReminder({ ...data, locale: "ar" })
    assert.ok(ar.text.includes("\u2066BP-1042-K\u2069"))
    assert.doesNotMatch(ar.text, /commande n°|heures/)
  })
})
