import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { readShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import { renderInvoiceMail, type InvoiceMailData } from "../invoice-mail"

const IDENTITY = readShopIdentity({ SHOP_LEGAL_NAME: "SARL MJ Chauffage", SHOP_RC: "16/00-1234567B21", SHOP_PHONE: "0550123456" })
const INVOICE: InvoiceMailData = {
  locale: "fr",
  kind: "invoice",
  number: "2027-000042",
  credits_number: null,
  order_display_id: 17,
  total_ttc: 1_250_000,
  order_url: "https://mj-chauffage.dz/fr/commande?token=abc",
}
const NBSP = "\u00a0"

describe("invoice e-mail", () => {
  it("delivers the invoice in French: subject, amount, the order's link, the shop's frame", () => {
    const mail = renderInvoiceMail(INVOICE, IDENTITY)
    assert.equal(mail.subject, "Facture n° 2027-000042 de votre commande n° 17 — MJ Chauffage")
    assert.ok(mail.text.includes(`Votre paiement de 12${NBSP}500${NBSP}DA est bien reçu. Votre facture n° 2027-000042 est jointe à cet e-mail (PDF).`), mail.text)
    assert.ok(mail.html.includes('<a href="https://mj-chauffage.dz/fr/commande?token=abc">Voir la commande et ses factures</a>'))
    assert.ok(mail.text.includes("16/00-1234567B21"))
  })

  it("a credit note in Arabic, right to left, naming the invoice it credits", () => {
    const mail = renderInvoiceMail({ ...INVOICE, locale: "ar", kind: "credit_note", number: "2027-000043", credits_number: "2027-000042", total_ttc: 100_000 }, IDENTITY)
    assert.equal(mail.subject, "إشعار دائن رقم 2027-000043 لطلبك رقم 17 — MJ Chauffage")
    assert.ok(mail.text.includes(`أعدنا إليك 1${NBSP}000${NBSP}د.ج. إشعار الدائن رقم 2027-000043 على الفاتورة رقم 2027-000042`), mail.text)
    assert.ok(mail.html.includes('<html lang="ar" dir="rtl">'))
  })
})
