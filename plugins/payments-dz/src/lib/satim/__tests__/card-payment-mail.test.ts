import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { renderCardPaymentReceipt, renderCardPaymentRefunded, type CardPaymentMailData } from "../card-payment-mail"

/** Fails naming the missing part rather than printing the whole e-mail. */
const includes = (text: string, part: string) => assert.ok(text.includes(part), `missing: ${part}`)

const payment = (locale: "fr" | "ar"): CardPaymentMailData => ({
  locale,
  order_number: "4821730956",
  satim_order_id: "7f4c1a0e-0000-4000-8000-000000000001",
  approval_code: "123456",
  response_description: "Votre paiement a été accepté",
  card: "628058**6712",
  paid_at: "2026-11-28T09:15:00.000Z",
  amount: 24900,
  means: "CIB / Edahabia",
  toll_free_number: "3020",
  order_url: "http://localhost:8000/fr/commande?token=v1.a.b",
})

describe("card payment e-mails", () => {
  it("the receipt carries every field of the certification receipt, in Algiers time", () => {
    const mail = renderCardPaymentReceipt(payment("fr"))
    assert.equal(mail.subject, "Reçu de votre paiement par carte n° 4821730956 — MJ Chauffage")
    for (const line of [
      "Réponse : Votre paiement a été accepté",
      "Numéro de transaction SATIM : 7f4c1a0e-0000-4000-8000-000000000001",
      "Numéro de commande : 4821730956",
      "Code d'autorisation : 123456",
      "Date et heure : 28 novembre 2026 à 10:15:00",
      "Montant : 24\u00a0900\u00a0DA",
      "Carte : 628058**6712",
      "Moyen de paiement : CIB / Edahabia",
      "Numéro vert SATIM : 3020",
      "Voir ma commande : http://localhost:8000/fr/commande?token=v1.a.b",
    ]) {
      includes(mail.text, line)
    }
  })

  it("the receipt in Arabic is right to left with Western digits", () => {
    const mail = renderCardPaymentReceipt(payment("ar"))
    includes(mail.html, '<html lang="ar" dir="rtl">')
    includes(mail.text, "المبلغ : 24\u00a0900\u00a0د.ج")
    includes(mail.text, "الرقم الأخضر لساتيم : 3020")
  })

  it("the refund notice says nothing was ordered and the whole amount went back to the card", () => {
    const mail = renderCardPaymentRefunded(payment("fr"))
    assert.equal(mail.subject, "Paiement n° 4821730956 remboursé — MJ Chauffage")
    includes(mail.text, "aucune commande n'a été passée et les 24\u00a0900\u00a0DA payés vous ont été remboursés en totalité")
  })

  it("a second payment of an order already placed: the notice says the order stands and links to it", () => {
    const mail = renderCardPaymentRefunded({ ...payment("fr"), refund_reason: "already_ordered" })
    includes(mail.text, "ce second paiement de 24\u00a0900\u00a0DA vous a été remboursé en totalité sur votre carte. Votre commande n'est pas modifiée.")
    includes(mail.text, "Voir ma commande : http://localhost:8000/fr/commande?token=v1.a.b")
    const arabic = renderCardPaymentRefunded({ ...payment("ar"), refund_reason: "replaced", order_url: null })
    includes(arabic.text, "فتحت صفحة دفع جديدة")
    assert.ok(!arabic.text.includes("عرض طلبي"))
  })
})
