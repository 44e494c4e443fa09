import { renderTemplate } from "../templates"
import type { CardPaymentMailData } from "../templates/card-payment"

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
    const mail = renderTemplate("card-payment-receipt", payment("fr"))
    expect(mail.subject).toBe("Reçu de votre paiement par carte n° 4821730956 — MJ Chauffage")
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
      expect(mail.text).toContain(line)
    }
  })

  it("the receipt in Arabic is right to left with Western digits", () => {
    const mail = renderTemplate("card-payment-receipt", payment("ar"))
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    expect(mail.text).toContain("المبلغ : 24\u00a0900\u00a0د.ج")
    expect(mail.text).toContain("الرقم الأخضر لساتيم : 3020")
  })

  it("the refund notice says nothing was ordered and the whole amount went back to the card", () => {
    const mail = renderTemplate("card-payment-refunded", payment("fr"))
    expect(mail.subject).toBe("Paiement n° 4821730956 remboursé — MJ Chauffage")
    expect(mail.text).toContain("aucune commande n'a été passée et les 24\u00a0900\u00a0DA payés vous ont été remboursés en totalité")
  })

  it("a second payment of an order already placed: the notice says the order stands and links to it", () => {
    const mail = renderTemplate("card-payment-refunded", { ...payment("fr"), refund_reason: "already_ordered" })
    expect(mail.text).toContain("ce second paiement de 24\u00a0900\u00a0DA vous a été remboursé en totalité sur votre carte. Votre commande n'est pas modifiée.")
    expect(mail.text).toContain("Voir ma commande : http://localhost:8000/fr/commande?token=v1.a.b")
    const arabic = renderTemplate("card-payment-refunded", { ...payment("ar"), refund_reason: "replaced", order_url: null })
    expect(arabic.text).toContain("فتحت صفحة دفع جديدة")
    expect(arabic.text).not.toContain("عرض طلبي")
  })
})
