import { renderTemplate } from "../templates"
import type { OrderMailData } from "../templates/order-mail-data"

const order = (locale: "fr" | "ar", payment: OrderMailData["payment"] = "cash_on_delivery"): OrderMailData => ({
  locale,
  display_id: 42,
  customer_name: "Karim <Benali>",
  items: [{ title: "Moteur de vanne 3 voies Saunier Duval Isofast", variant: null, quantity: 1, total: 11900 }],
  item_total: 11900,
  shipping_total: 600,
  tax_total: 1995.8,
  total: 12500,
  address_lines: ["12 rue Didouche Mourad", "Alger Centre, 16 Alger"],
  delivery_method: "Livraison à domicile",
  stop_desk: null,
  payment,
  order_url: "http://localhost:8000/fr/commande?token=v1.a.b",
})

describe("customer e-mails", () => {
  it("order placed, in French, with totals in DA and the order link", () => {
    const mail = renderTemplate("order-placed", order("fr"))
    expect(mail.subject).toBe("Commande n° 42 enregistrée — MJ Chauffage")
    expect(mail.text).toContain("1 × Moteur de vanne 3 voies Saunier Duval Isofast — 11\u00a0900\u00a0DA")
    expect(mail.text).toContain("Total TTC : 12\u00a0500\u00a0DA")
    expect(mail.text).toContain("dont TVA : 1\u00a0995,80\u00a0DA")
    expect(mail.text).toContain("Voir ma commande : http://localhost:8000/fr/commande?token=v1.a.b")
    expect(mail.html).toContain('<html lang="fr" dir="ltr">')
  })

  it("order placed, in Arabic, right to left, same amounts with د.ج", () => {
    const mail = renderTemplate("order-placed", order("ar"))
    expect(mail.subject).toBe("تم تسجيل طلبك رقم 42 — MJ Chauffage")
    expect(mail.text).toContain("المجموع شامل الرسوم : 12\u00a0500\u00a0د.ج")
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    expect(mail.text).not.toContain("Total TTC")
  })

  it("promises the confirmation call for cash on delivery only, never on a card-paid order", () => {
    expect(renderTemplate("order-placed", order("fr")).text).toContain("Nous vous appelons pour la confirmer avant l'expédition.")
    expect(renderTemplate("order-placed", order("ar")).text).toContain("سنتصل بك لتأكيده")
    const card = renderTemplate("order-placed", order("fr", "card"))
    expect(card.text).toContain("Merci pour votre commande n° 42, payée par carte CIB / Edahabia.")
    expect(card.text).not.toContain("appelons")
    const arabicCard = renderTemplate("order-placed", order("ar", "card")).text
    expect(arabicCard).toContain("المدفوع ببطاقة")
    expect(arabicCard).not.toContain("سنتصل")
  })

  it("tells a BaridPay order to pay in BaridiMob from the order page, with no confirmation call and no 'paid'", () => {
    const french = renderTemplate("order-placed", order("fr", "baridpay")).text
    expect(french).toContain("Payez-la avec BaridiMob (BaridPay)")
    expect(french).not.toContain("appelons")
    expect(french).not.toContain("payée")
    const arabic = renderTemplate("order-placed", order("ar", "baridpay")).text
    expect(arabic).toContain("ادفعه عبر بريدي موب")
    expect(arabic).not.toContain("سنتصل")
  })

  it("escapes what the customer typed", () => {
    const mail = renderTemplate("order-placed", order("fr"))
    expect(mail.html).toContain("Karim &lt;Benali&gt;")
    expect(mail.html).not.toContain("<Benali>")
  })

  it("order shipped names the carrier and the tracking number", () => {
    const data = { locale: "fr", display_id: 42, customer_name: "Karim", order_url: "http://x", carrier: "Yalidine", tracking_number: "YAL-123456", tracking_url: null }
    const mail = renderTemplate("order-shipped", data)
    expect(mail.subject).toBe("Commande n° 42 expédiée — MJ Chauffage")
    expect(mail.text).toContain("Transporteur : Yalidine")
    expect(mail.text).toContain("Numéro de suivi : YAL-123456")
    expect(renderTemplate("order-shipped", { ...data, locale: "ar" }).text).toContain("رقم التتبع : YAL-123456")
  })

  it("order cancelled, in both languages", () => {
    const data = { locale: "fr", display_id: 42, customer_name: "Karim", order_url: "http://x", total: 12500 }
    expect(renderTemplate("order-cancelled", data).text).toContain("Votre commande n° 42 (12\u00a0500\u00a0DA) a été annulée.")
    expect(renderTemplate("order-cancelled", { ...data, locale: "ar" }).text).toContain("تم إلغاء طلبك رقم 42 (12\u00a0500\u00a0د.ج).")
  })

  it("refuses an unknown template", () => {
    expect(() => renderTemplate("welcome", {})).toThrow('No e-mail template named "welcome"')
  })
})

describe("refund e-mail", () => {
  const refund = { locale: "fr", display_id: 42, customer_name: "Karim", order_url: "http://x/fr/commande?token=t", amount: 1000, refunded_total: 1000, paid_total: 12500 }

  it("says a partial refund is partial, with the amount, the order number and what is left standing", () => {
    const mail = renderTemplate("order-refunded", refund)
    expect(mail.subject).toBe("Remboursement de votre commande n° 42 — MJ Chauffage")
    expect(mail.text).toContain("Nous vous avons remboursé 1\u00a0000\u00a0DA sur votre commande n° 42")
    expect(mail.text).toContain("remboursement partiel : 1\u00a0000\u00a0DA remboursés au total sur 12\u00a0500\u00a0DA payés")
    expect(mail.text).toContain("Voir ma commande : http://x/fr/commande?token=t")
  })

  it("says the last refund completes it, in Arabic with no French word", () => {
    const mail = renderTemplate("order-refunded", { ...refund, locale: "ar", customer_name: "كريم", amount: 11500, refunded_total: 12500 })
    expect(mail.subject).toBe("استرداد مبلغ من طلبك رقم 42 — MJ Chauffage")
    expect(mail.text).toContain("أعدنا إليك 11\u00a0500\u00a0د.ج من طلبك رقم 42")
    expect(mail.text).toContain("تم استرداد مبلغ طلبك كاملًا (12\u00a0500\u00a0د.ج).")
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    expect(mail.text.replace(/MJ Chauffage|https?:\S+/g, "")).not.toMatch(/[A-Za-z]{2,}/)
  })
})

describe("shop identity in every e-mail", () => {
  const identity = {
    SHOP_LEGAL_NAME: "SARL MJ Chauffage",
    SHOP_ADDRESS: "12 rue Didouche Mourad, Alger",
    SHOP_RC: "16/00-1234567B21",
    SHOP_NIF: "002116001234567",
    SHOP_NIS: "0021160012345",
    SHOP_AI: "16012345678",
    SHOP_PHONE: "0550123456",
  }
  const saved = { ...process.env }
  beforeEach(() => Object.assign(process.env, identity))
  afterEach(() => {
    for (const name of Object.keys(identity)) delete process.env[name]
    Object.assign(process.env, saved)
  })

  it("shows the shop's phone and legal identity in the html and the text of each template", () => {
    for (const [name, data] of [
      ["order-placed", order("fr")],
      ["order-cancelled", { locale: "fr", display_id: 42, customer_name: "Karim", order_url: "http://x", total: 12500 }],
      ["password-reset", { locale: "fr", reset_url: "http://x/reset" }],
      ["registration-link", { locale: "fr", register_url: "http://x/register" }],
      ["account-exists", { locale: "fr", login_url: "http://x/login", reset_url: "http://x/reset" }],
    ] as const) {
      const mail = renderTemplate(name, data)
      expect(mail.html).toContain('href="tel:+213550123456"')
      expect(mail.html).toContain("SARL MJ Chauffage")
      expect(mail.text).toContain("MJ Chauffage — Tél. : 0550 12 34 56")
      expect(mail.text).toContain("RC : 16/00-1234567B21, NIF : 002116001234567, NIS : 0021160012345, AI : 16012345678")
      expect(mail.html + mail.text).not.toMatch(/undefined|null/)
    }
  })

  it("leaves out what is not configured", () => {
    delete process.env.SHOP_NIS
    delete process.env.SHOP_PHONE
    const mail = renderTemplate("order-placed", order("ar"))
    expect(mail.text).not.toContain("رقم التعريف الإحصائي")
    expect(mail.html).not.toContain("tel:")
    expect(mail.text).toContain("رقم التعريف الجبائي: \u2066002116001234567\u2069")
  })
})
