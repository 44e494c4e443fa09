import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { CHARGILY_CHECKOUT_STATUSES } from "../checkout-status"
import { DEFAULT_CHARGILY_REFUND_DELAY, manualRefundRefusal, readChargilyRefundDelay } from "../manual-refund"
import { renderChargilyRefundDue, type ChargilyRefundDueMailData } from "../refund-due-mail"

const includes = (text: string, part: string) => assert.ok(text.includes(part), `missing: ${part}`)

const notice = (locale: "fr" | "ar", extra: Partial<ChargilyRefundDueMailData> = {}): ChargilyRefundDueMailData => ({
  locale,
  amount: 24900,
  checkout_id: "01hx0chk",
  refund_reason: "already_ordered",
  delay: locale === "fr" ? "sous 5 jours ouvrés" : "خلال 5 أيام عمل",
  order_url: "http://localhost:8000/fr/commande?token=v1.a.b",
  ...extra,
})

describe("a Chargily payment to give back", () => {
  it("only a refund_due checkout may be recorded as refunded from the dashboard", () => {
    for (const status of CHARGILY_CHECKOUT_STATUSES) {
      assert.equal(manualRefundRefusal(status), status === "refund_due" ? null : "chargily_not_refund_due", status)
    }
  })

  it("the delay is the configured words, each locale falling back to the default", () => {
    assert.deepEqual(readChargilyRefundDelay(undefined), DEFAULT_CHARGILY_REFUND_DELAY)
    assert.deepEqual(readChargilyRefundDelay({ fr: " sous 3 jours ", ar: "  " }), { fr: "sous 3 jours", ar: DEFAULT_CHARGILY_REFUND_DELAY.ar })
  })

  it("the e-mail says the shop gives the whole amount back, by when, why, and the checkout to quote", () => {
    const mail = renderChargilyRefundDue(notice("fr"))
    assert.equal(mail.subject, "Votre paiement de 24\u00a0900\u00a0DA vous sera remboursé — MJ Chauffage")
    includes(mail.text, "MJ Chauffage vous rembourse les 24\u00a0900\u00a0DA payés par Chargily Pay, en totalité, sous 5 jours ouvrés.")
    includes(mail.text, "déjà été passée avec un autre paiement")
    includes(mail.text, "Référence du paiement Chargily : 01hx0chk")
    includes(mail.text, "Voir ma commande : http://localhost:8000/fr/commande?token=v1.a.b")
    // Not SATIM's words: the money is not back yet.
    assert.ok(!mail.text.includes("remboursés en totalité sur votre carte"))
  })

  it("in Arabic, right to left, with no French words, and no order link when there is no order", () => {
    const mail = renderChargilyRefundDue(notice("ar", { refund_reason: null, order_url: null }))
    includes(mail.html, 'dir="rtl"')
    includes(mail.text, "خلال 5 أيام عمل")
    includes(mail.text, "لم يُسجَّل أي طلب")
    assert.ok(!/rembours|commande|Référence/.test(mail.text))
    assert.ok(!mail.text.includes("عرض طلبي"))
  })
})
