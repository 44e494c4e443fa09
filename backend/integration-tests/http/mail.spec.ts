/**
 * Customer e-mails end to end: orders placed through the Store API (French and Arabic), cancelled
 * by the office; the real SMTP provider delivers to an in-process sink; the test reads what the
 * customer gets: exact strings, a working signed link, a DKIM signature that verifies.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { cancelOrderWorkflow, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { simpleParser, type ParsedMail } from "mailparser"
import { dkimVerify } from "mailauth/lib/dkim/verify"
import { adminHeaders } from "../helpers/admin-headers"
import { useMailSink } from "../helpers/mail-sink"
import { ALGIERS_ADDRESS, confirmByPhone, payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"
import orderRefundedMail, { REFUND_CREATED_EVENT } from "../../src/subscribers/order-refunded-mail"

jest.setTimeout(180_000)

const DKIM_DOMAIN = "mj-chauffage.dz"
const DKIM_SELECTOR = "mail2026"
const work = fs.mkdtempSync(path.join(os.tmpdir(), "mj-dkim-"))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))
const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 })
const keyFile = path.join(work, "dkim.pem")
fs.writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }))
const dnsRecord = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`

/** The DNS answer a receiving server would get for our selector; everything else does not exist. */
async function fakeResolver(name: string, type: string) {
  if (type === "TXT" && name === `${DKIM_SELECTOR}._domainkey.${DKIM_DOMAIN}`) return [[dnsRecord]]
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: "ENOTFOUND" })
}

/** The shop's legal identity and phone, as configured (SHOP_* variables); the NIS is left unset. */
const SHOP_IDENTITY = {
  SHOP_LEGAL_NAME: "SARL MJ Chauffage",
  SHOP_ADDRESS: "12 rue Didouche Mourad, 16000 Alger",
  SHOP_ADDRESS_AR: "12 شارع ديدوش مراد، 16000 الجزائر",
  SHOP_RC: "16/00-1234567B21",
  SHOP_NIF: "002116001234567",
  SHOP_AI: "16012345678",
  SHOP_PHONE: "0550123456",
  SHOP_EMAIL: "contact@mj-chauffage.dz",
}

const mailSink = useMailSink({
  DKIM_DOMAIN,
  DKIM_SELECTOR,
  DKIM_PRIVATE_KEY_FILE: keyFile,
  ...SHOP_IDENTITY,
})
afterAll(() => {
  for (const name of Object.keys(SHOP_IDENTITY)) delete process.env[name]
})

/** Invoices and credit notes are e-mailed too, when a payment is captured or refunded (plugins/invoicing, tested in invoicing.spec.ts). */
const isInvoiceMail = (mail: ParsedMail) => /^(?:(?:Facture|Avoir) n°|(?:الفاتورة|إشعار دائن) رقم) \d{4}-\d{6} /.test(mail.subject ?? "")

/** Waits for the next message the sink receives, invoice e-mails aside, and returns it raw and parsed. */
async function nextMail(seen: number): Promise<{ raw: Buffer; mail: ParsedMail }> {
  for (let index = seen; ; index++) {
    const raw = fs.readFileSync((await mailSink.filesAtLeast(index + 1))[index])
    const mail = await simpleParser(raw)
    if (!isInvoiceMail(mail)) return { raw, mail }
  }
}

/** An amount as the e-mails write it: digits grouped with no-break spaces, then the symbol. */
const da = (digits: string, symbol = "DA") => `${digits.replace(/ /g, "\u00a0")}\u00a0${symbol}`

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let variantId: string

  beforeAll(async () => {
    variantId = await variantOf(api, headers, "moteur-de-vanne-3-voies-saunier-duval-isofast")
  })

  /** The refund events of a payment delivered again, as an event bus retrying them would. */
  async function redeliverRefundEvents(paymentId: string) {
    const { data: refunds } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "refund", fields: ["id"], filters: { payment_id: paymentId } })
    for (const refund of refunds) {
      await orderRefundedMail({ event: { name: REFUND_CREATED_EVENT, data: { id: refund.id } }, container: getContainer() } as never)
    }
  }

  /** A cash refund is made by hand and needs a reason (refund-reason-guard.ts): the seeded "Erreur de prix". */
  async function priceErrorReason(admin: Record<string, string>) {
    const { data } = await api.get("/admin/refund-reasons?limit=100", { headers: admin })
    return (data.refund_reasons as Array<{ id: string; code: string }>).find((reason) => reason.code === "erreur_prix")!.id
  }

  /** The refund e-mails the notification module recorded for an order (each one sent once). */
  async function refundNotificationsOf(orderId: string) {
    return getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: orderId, template: "order-refunded" })
  }

  /**
   * The cash of a cash-on-delivery order received, through Medusa's capture workflow (what the order
   * page's "Argent encaissé" runs; the admin capture route refuses cash payments).
   */
  const captureCash = (paymentId: string) => capturePaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId } })

  async function placeOrder(locale: "fr" | "ar", email: string) {
    const address = ALGIERS_ADDRESS
    const { data } = await api.post("/store/carts", { region_id: shop.regionId, email, locale }, { headers })
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    const completed = await payAndComplete(api, headers, cartId)
    return completed.order as { id: string; display_id: number }
  }

  it("sends the French 'order placed' e-mail: items, totals in DA, address, delivery, a working signed link, DKIM", async () => {
    const seen = mailSink.sink().files().length
    const order = await placeOrder("fr", "karim@example.dz")
    const { raw, mail } = await nextMail(seen)

    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("karim@example.dz")
    expect(mail.subject).toBe(`Commande n° ${order.display_id} enregistrée — MJ Chauffage`)
    const text = mail.text ?? ""
    expect(text).toContain(`Merci pour votre commande n° ${order.display_id}.`)
    expect(text).toContain(`1 × Moteur de vanne 3 voies Saunier Duval Isofast — ${da("11 900")}`)
    expect(text).toContain(`Livraison : ${da("600")}`)
    expect(text).toContain(`Total TTC : ${da("12 500")}`)
    expect(text).toContain(`dont TVA : ${da("1 995,80")}`)
    expect(text).toContain("Alger Centre, 16000 16 Alger")
    expect(text).toContain("Livraison à domicile")
    expect(mail.html).toContain('<html lang="fr" dir="ltr">')

    // The frame: the shop's phone on top, its legal identity and contacts at the bottom, in both parts.
    expect(text.startsWith("MJ Chauffage — Tél. : 0550 12 34 56\n")).toBe(true)
    expect(text).toContain("--\nSARL MJ Chauffage\n12 rue Didouche Mourad, 16000 Alger\nRC : 16/00-1234567B21, NIF : 002116001234567, AI : 16012345678\nTél. : 0550 12 34 56, E-mail : contact@mj-chauffage.dz")
    const html = mail.html || ""
    expect(html).toContain('href="tel:+213550123456"')
    expect(html).toContain('href="mailto:contact@mj-chauffage.dz"')
    expect(html).toContain("NIF : <span")
    expect(html).toContain("SARL MJ Chauffage")
    expect(html + text).not.toMatch(/NIS|undefined|null/)
    expect(html).not.toMatch(/<img|<svg|src="http/)

    // The link opens the order without logging in; a tampered one does not.
    const url = new URL(/Voir ma commande : (\S+)/.exec(text)![1])
    expect(url.origin + url.pathname).toBe("https://mj-chauffage.dz/fr/commande")
    const token = url.searchParams.get("token")!
    const { data } = await api.get(`/store/order-links/${encodeURIComponent(token)}`, { headers })
    expect(data.order).toMatchObject({ id: order.id, display_id: order.display_id, total: 12500, customer_status: "PENDING" })
    const tampered = await api
      .get(`/store/order-links/${encodeURIComponent(token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA"))}`, { headers })
      .catch((error: { response: { status: number } }) => error.response)
    expect(tampered.status).toBe(403)

    const verification = await dkimVerify(raw, { resolver: fakeResolver })
    expect(verification.results.map((result: { signingDomain: string; status: { result: string } }) => [result.signingDomain, result.status.result])).toEqual([
      [DKIM_DOMAIN, "pass"],
    ])
  })

  it("sends the Arabic 'order placed' e-mail, right to left, and its signature fails once altered", async () => {
    const seen = mailSink.sink().files().length
    const order = await placeOrder("ar", "amina@example.dz")
    const { raw, mail } = await nextMail(seen)
    expect(mail.subject).toBe(`تم تسجيل طلبك رقم ${order.display_id} — MJ Chauffage`)
    expect(mail.text).toContain(`شكرا على طلبك رقم ${order.display_id}. سنتصل بك لتأكيده قبل الإرسال.`)
    expect(mail.text).toContain(`المجموع شامل الرسوم : ${da("12 500", "د.ج")}`)
    expect(mail.text).toContain("16 الجزائر")
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    // The part's Arabic title (the catalogue's ar-DZ translation), not the French one the order line keeps for the office.
    const { data: arabic } = await api.get("/store/products?handle=moteur-de-vanne-3-voies-saunier-duval-isofast&locale=ar-DZ&fields=title", { headers })
    const { data: french } = await api.get("/store/products?handle=moteur-de-vanne-3-voies-saunier-duval-isofast&fields=title", { headers })
    expect(arabic.products[0].title).not.toBe(french.products[0].title)
    // The commune and the delivery method in Arabic, not as the French checkout stored them.
    for (const part of [mail.text ?? "", mail.html || ""]) {
      expect(part).toContain(arabic.products[0].title)
      expect(part).not.toContain(french.products[0].title)
      expect(part).toContain("الجزائر الوسطى")
      expect(part).toContain("التوصيل إلى المنزل")
      expect(part).not.toContain("Alger Centre")
      expect(part).not.toContain("Livraison à domicile")
    }
    // The frame in Arabic: the phone read left to right, the address and registrations in Arabic.
    expect((mail.text ?? "").startsWith("MJ Chauffage — الهاتف: \u20660550 12 34 56\u2069\n")).toBe(true)
    expect(mail.text).toContain("12 شارع ديدوش مراد، 16000 الجزائر")
    expect(mail.text).toContain("السجل التجاري: \u206616/00-1234567B21\u2069، رقم التعريف الجبائي: \u2066002116001234567\u2069")
    expect(mail.html).toContain('href="tel:+213550123456" dir="ltr"')
    expect(/عرض طلبي : https:\/\/mj-chauffage\.dz\/ar\/commande\?token=/.test(mail.text ?? "")).toBe(true)

    // A forwarder that rewrites the subject breaks the signature.
    const altered = Buffer.from(raw.toString("utf8").replace(/^Subject: .*$/m, "Subject: Commande annulee"))
    expect(altered.equals(raw)).toBe(false)
    const verification = await dkimVerify(altered, { resolver: fakeResolver })
    expect(verification.results[0].status.result).not.toBe("pass")
  })

  it("lets the office mark an order shipped with carrier and tracking number, e-mails it and shows it on the order link", async () => {
    const beforeOrder = mailSink.sink().files().length
    const order = await placeOrder("ar", "amina@example.dz")
    const { mail: placed } = await nextMail(beforeOrder)
    const token = new URL(/عرض طلبي : (\S+)/.exec(placed.text ?? "")![1]).searchParams.get("token")!
    const admin = await adminHeaders(getContainer())
    await confirmByPhone(api, order.id, admin)

    const refused = await api
      .post(`/admin/orders/${order.id}/ship`, { carrier: "Yalidine" }, { headers: admin })
      .catch((error: { response: { status: number } }) => error.response)
    expect(refused.status).toBe(400)

    const seen = mailSink.sink().files().length
    const shipped = await api.post(`/admin/orders/${order.id}/ship`, { carrier: "Yalidine", tracking_number: "YAL-48213579" }, { headers: admin }).catch((error: { response: { status: number; data: unknown } }) => { throw new Error(JSON.stringify(error.response.data)) })
    expect(shipped.status).toBe(200)
    const { mail } = await nextMail(seen)
    expect(mail.subject).toBe(`تم إرسال طلبك رقم ${order.display_id} — MJ Chauffage`)
    expect(mail.text).toContain("شركة النقل : Yalidine")
    expect(mail.text).toContain("رقم التتبع : YAL-48213579")

    const { data } = await api.get(`/store/order-links/${encodeURIComponent(token)}`, { headers })
    expect(data.order.customer_status).toBe("SHIPPED")
    expect(data.order.fulfillments[0]).toMatchObject({ metadata: { carrier: "Yalidine" }, labels: [{ tracking_number: "YAL-48213579" }] })

    const again = await api
      .post(`/admin/orders/${order.id}/ship`, { carrier: "Yalidine", tracking_number: "YAL-1" }, { headers: admin })
      .catch((error: { response: { status: number; data: { message: string } } }) => error.response)
    expect(again.status).toBe(400)
    expect(again.data.message).toBe("Tous les articles de cette commande sont déjà expédiés.")
  })

  it("e-mails each refund of an order, partial then full, once per refund, DKIM-signed", async () => {
    const beforeOrder = mailSink.sink().files().length
    const order = await placeOrder("fr", "karim@example.dz")
    await nextMail(beforeOrder)
    const admin = await adminHeaders(getContainer())
    const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, { headers: admin })
    const paymentId = data.order.payment_collections[0].payments[0].id as string
    await captureCash(paymentId)

    const beforePartial = mailSink.sink().files().length
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1000, refund_reason_id: await priceErrorReason(admin) }, { headers: admin })
    const { raw, mail: partial } = await nextMail(beforePartial)
    expect(partial.subject).toBe(`Remboursement de votre commande n° ${order.display_id} — MJ Chauffage`)
    expect(partial.text).toContain(`Nous vous avons remboursé ${da("1 000")} sur votre commande n° ${order.display_id}`)
    expect(partial.text).toContain(`remboursement partiel : ${da("1 000")} remboursés au total sur ${da("12 500")} payés`)
    expect(partial.text).toContain("SARL MJ Chauffage")
    const verification = await dkimVerify(raw, { resolver: fakeResolver })
    expect(verification.results[0].status.result).toBe("pass")

    const beforeFull = mailSink.sink().files().length
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 11500, refund_reason_id: await priceErrorReason(admin) }, { headers: admin })
    const { mail: full } = await nextMail(beforeFull)
    expect(full.text).toContain(`Nous vous avons remboursé ${da("11 500")} sur votre commande n° ${order.display_id}`)
    expect(full.text).toContain(`Votre commande est remboursée en totalité (${da("12 500")}).`)

    // The events again (a retry) send nothing new: one e-mail per refund.
    await redeliverRefundEvents(paymentId)
    expect(await refundNotificationsOf(order.id)).toHaveLength(2)
    const refundMails = await mailSink.mailsMatching((mail) => mail.subject === partial.subject, 2)
    expect(refundMails).toHaveLength(2)
  })

  it("e-mails the refund once when the office cancels a paid order (Medusa's cancel refunds it on its own path)", async () => {
    // Its own address: the sink keeps every test's e-mails, and display ids start again in each test.
    const customer = "annulation.payee@example.dz"
    const toCustomer = (subject: string) => (mail: ParsedMail) => mail.subject === subject && !Array.isArray(mail.to) && mail.to?.text === customer
    const beforeOrder = mailSink.sink().files().length
    const order = await placeOrder("fr", customer)
    await nextMail(beforeOrder)
    const admin = await adminHeaders(getContainer())
    const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, { headers: admin })
    const paymentId = data.order.payment_collections[0].payments[0].id as string
    await captureCash(paymentId)

    // What Medusa Admin's "Cancel order" calls: cancelOrderWorkflow refunds the captured payment.
    await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin })
    const refunded = toCustomer(`Remboursement de votre commande n° ${order.display_id} — MJ Chauffage`)
    const [refund] = await mailSink.mailsMatching(refunded)
    expect(refund.text).toContain(`Nous vous avons remboursé ${da("12 500")} sur votre commande n° ${order.display_id}`)
    expect(refund.text).toContain(`Votre commande est remboursée en totalité (${da("12 500")}).`)
    await mailSink.mailsMatching(toCustomer(`Commande n° ${order.display_id} annulée — MJ Chauffage`))

    await redeliverRefundEvents(paymentId)
    expect(await refundNotificationsOf(order.id)).toHaveLength(1)
    expect(await mailSink.mailsMatching(refunded)).toHaveLength(1)
  })

  it("e-mails a refund in Arabic for an Arabic order", async () => {
    const beforeOrder = mailSink.sink().files().length
    const order = await placeOrder("ar", "amina@example.dz")
    await nextMail(beforeOrder)
    const admin = await adminHeaders(getContainer())
    const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, { headers: admin })
    const paymentId = data.order.payment_collections[0].payments[0].id as string
    await captureCash(paymentId)
    const seen = mailSink.sink().files().length
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 600, refund_reason_id: await priceErrorReason(admin) }, { headers: admin })
    const { mail } = await nextMail(seen)
    expect(mail.subject).toBe(`استرداد مبلغ من طلبك رقم ${order.display_id} — MJ Chauffage`)
    expect(mail.text).toContain(`أعدنا إليك ${da("600", "د.ج")} من طلبك رقم ${order.display_id}`)
    expect(mail.text).toContain("هذا استرداد جزئي")
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
  })

  it("sends 'order cancelled' when the office cancels an order", async () => {
    const beforeOrder = mailSink.sink().files().length
    const order = await placeOrder("fr", "karim@example.dz")
    await nextMail(beforeOrder)
    const seen = mailSink.sink().files().length
    await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
    const { mail } = await nextMail(seen)
    expect(mail.subject).toBe(`Commande n° ${order.display_id} annulée — MJ Chauffage`)
    expect(mail.text).toContain(`Votre commande n° ${order.display_id} (${da("12 500")}) a été annulée.`)
  })
})
