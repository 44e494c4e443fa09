/**
 * Invoices and credit notes on real PostgreSQL: gap-free numbers under 20 concurrent issues, the
 * invoice of a cash-on-delivery order when its payment is captured (once, even if the event comes
 * twice), a credit note on a partial refund in the same series, each e-mailed with its PDF, the PDF
 * read back with poppler, and who may download what (the customer, the signed link, the office;
 * anyone else gets a 404).
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { TestEventUtils } from "@medusajs/test-utils"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { INVOICING_MODULE, type InvoicingService } from "@mj-chauffage/invoicing/modules/invoicing"
import type { InvoiceDraft } from "@mj-chauffage/invoicing/lib/documents/invoice-draft"
import invoiceOnCapture from "@mj-chauffage/invoicing/subscribers/invoice-on-capture"
import { adminHeaders } from "../helpers/admin-headers"
import { useMailSink } from "../helpers/mail-sink"
import { customerHeaders } from "../helpers/customer-headers"
import { shopSuite } from "../helpers/shop-suite"
import { ALGIERS_ADDRESS, payAndComplete, variantOf } from "../helpers/store-fixture"
import { TEST_SHOP_IDENTITY } from "../../../scripts/lib/test-shop-identity"

jest.setTimeout(180_000)

// The seller's identity the invoices snapshot (read from SHOP_* at issue).
Object.assign(process.env, TEST_SHOP_IDENTITY)
afterAll(() => {
  for (const name of Object.keys(TEST_SHOP_IDENTITY)) delete process.env[name]
})

const mailSink = useMailSink()
const work = fs.mkdtempSync(path.join(os.tmpdir(), "mj-invoicing-"))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

type Failure = { response: { status: number; data: { code?: string } } }
const refused = (request: Promise<unknown>) => request.then(() => ({ status: 200, data: {} as { code?: string } }), (error: Failure) => error.response)
type Listed = { id: string; number: string; kind: string; credits_number: string | null; total_ttc: number }

/** The PDF's text as poppler reads it, without bidi marks and with plain spaces. */
function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(work, name)
  fs.writeFileSync(file, pdf)
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\u00a0/g, " ")
}

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  const invoicing = () => getContainer().resolve<InvoicingService>(INVOICING_MODULE)
  const eventBus = () => getContainer().resolve(Modules.EVENT_BUS)

  async function customerOrder(customer: Record<string, string>, email: string) {
    const variantId = await variantOf(api, headers, "moteur-de-vanne-3-voies-saunier-duval-isofast")
    const { data } = await api.post("/store/carts", { region_id: shop.regionId, email, locale: "ar" }, { headers: customer })
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: customer })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers: customer })
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers: customer })
    return (await payAndComplete(api, customer, cartId)).order as { id: string; display_id: number }
  }

  it("numbers 20 concurrent issues 1 to 20 without a gap or a duplicate, a refused duplicate taking no number", async () => {
    // A year of its own (2031) so that the other tests' invoices do not share its series.
    const draft = (orderId: string): InvoiceDraft => ({
      kind: "invoice",
      order_id: orderId,
      order_display_id: 1,
      refund_id: null,
      credits_number: null,
      issued_at: new Date("2031-03-01T10:00:00Z"),
      currency_code: "dzd",
      total_ht: 84_034,
      total_tva: 15_966,
      total_ttc: 100_000,
      lines: [{ kind: "item", title: "Pièce", quantity: 1, unit_ttc: 100_000, ttc: 100_000, ht: 84_034, tva: 15_966, rate: 19 }],
      payment_method: "pp_cod_cod",
      seller: { legal_name: null, address: null, address_ar: null, rc: null, nif: null, nis: null, ai: null },
      buyer: { name: null, address: null, email: null, phone: null },
      locale: "fr",
    })
    const orders = Array.from({ length: 20 }, (_, index) => `order_concurrent_${index}`)
    // Five of the twenty orders asked twice at once: the unique invoice per order refuses one of each pair.
    const attempts = [...orders, ...orders.slice(0, 5)].map((orderId) => invoicing().issueNumbered(draft(orderId)))
    const outcomes = await Promise.allSettled(attempts)
    // Why each refused issue failed, in the failure message: only the five duplicates may fail, as duplicates.
    const refusals = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [String(outcome.reason?.message ?? outcome.reason)] : []))
    expect(refusals.sort()).toEqual(orders.slice(0, 5).map((orderId) => `Invoice with order_id: ${orderId}, already exists.`).sort())

    const issued = await invoicing().listInvoices({ year: 2031 })
    expect(issued.map((invoice) => invoice.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1))
    expect(new Set(issued.map((invoice) => invoice.order_id)).size).toBe(20)
    expect(issued.map((invoice) => invoice.number)).toContain("2031-000020")
    const [counter] = await invoicing().listInvoiceCounters({ year: 2031 })
    expect(counter.last_sequence).toBe(20)

    // A workflow's compensation gives the last number back; an earlier one stands (no gap either way).
    const last = await invoicing().issueNumbered(draft("order_concurrent_20"))
    expect(last.number).toBe("2031-000021")
    expect(await invoicing().withdrawIfLast(last.id)).toBe(true)
    expect(await invoicing().withdrawIfLast(issued.find((invoice) => invoice.sequence === 5)!.id)).toBe(false)
    expect((await invoicing().issueNumbered(draft("order_concurrent_21"))).number).toBe("2031-000021")
  })

  it("invoices a cash-on-delivery order once when its payment is captured, credits a partial refund, and serves each PDF only to its order", async () => {
    const container = getContainer()
    const amina = await customerHeaders(api, headers, "amina.facture@example.dz")
    const order = await customerOrder(amina, "amina.facture@example.dz")
    const admin = await adminHeaders(container)
    const list = async () => (await api.get(`/store/customers/me/invoices?order_id=${order.id}`, { headers: amina })).data.invoices as Listed[]

    // Placed, not paid yet (cash on delivery): no invoice.
    expect(await list()).toEqual([])

    // Confirmed by phone, shipped, cash collected: the COD life cycle captures through Medusa's capture workflow.
    const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, { headers: admin })
    const paymentId = data.order.payment_collections[0].payments[0].id as string
    const captured = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, eventBus())
    for (const [action, body] of [["calls", { outcome: "confirmed" }], ["ship", { carrier: "Yalidine", tracking_number: "YAL-FACT-1" }], ["collect", {}]] as const) {
      expect((await api.post(`/admin/cod-orders/${order.id}/${action}`, body, { headers: admin })).status).toBe(200)
    }
    await captured
    const [invoice] = await list()
    expect(invoice).toMatchObject({ kind: "invoice", total_ttc: 1_250_000, credits_number: null })
    expect(invoice.number).toMatch(/^\d{4}-\d{6}$/)
    const [year, sequence] = invoice.number.split("-").map(Number)

    // Delivered by e-mail in the order's language, the PDF attached, with the order's signed link.
    const [invoiceMail] = await mailSink.mailsMatching((mail) => mail.subject === `الفاتورة رقم ${invoice.number} لطلبك رقم ${order.display_id} — MJ Chauffage`)
    expect(invoiceMail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([[`facture-${invoice.number}.pdf`, "application/pdf"]])
    expect(pdfText(invoiceMail.attachments[0].content, "mailed-invoice.pdf")).toContain(invoice.number)
    expect(invoiceMail.text).toContain("https://mj-chauffage.dz/ar/commande?token=")

    // The capture's event delivered again: the same invoice, no number used, no second e-mail.
    await invoiceOnCapture({ event: { name: PaymentEvents.CAPTURED, data: { id: paymentId } }, container } as never)
    expect(await list()).toEqual([invoice])
    expect((await invoicing().listInvoiceCounters({ year }))[0].last_sequence).toBe(sequence)
    expect(await container.resolve(Modules.NOTIFICATION).listNotifications({ resource_id: invoice.id })).toHaveLength(1)

    // A partial refund of 1 000 DA (cash given back by hand: a reason is required): a credit note, the next number of the same series.
    const refunded = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, eventBus())
    const { data: reasons } = await api.get("/admin/refund-reasons?limit=100", { headers: admin })
    const priceError = (reasons.refund_reasons as Array<{ id: string; code: string }>).find((reason) => reason.code === "erreur_prix")!
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1000, refund_reason_id: priceError.id }, { headers: admin })
    await refunded
    const documents = await list()
    expect(documents).toHaveLength(2)
    expect(documents[1]).toMatchObject({ kind: "credit_note", total_ttc: 100_000, credits_number: invoice.number, number: `${year}-${String(sequence + 1).padStart(6, "0")}` })
    const [noteMail] = await mailSink.mailsMatching((mail) => mail.subject === `إشعار دائن رقم ${documents[1].number} لطلبك رقم ${order.display_id} — MJ Chauffage`)
    expect(noteMail.attachments[0].filename).toBe(`avoir-${documents[1].number}.pdf`)

    // The Arabic invoice (the order's language), read back: number, total, Arabic words.
    const pdf = await api.get(`/store/customers/me/invoices/${invoice.id}/pdf`, { headers: amina, responseType: "arraybuffer" })
    expect(pdf.headers["content-type"]).toBe("application/pdf")
    const arabic = pdfText(Buffer.from(pdf.data), "invoice-ar.pdf")
    expect(arabic).toContain(invoice.number)
    expect(arabic).toContain("12 500")
    expect(arabic).toContain("1 995,80")
    expect(arabic).toContain(TEST_SHOP_IDENTITY.SHOP_NIF)
    // Words whose letters no other letter shares a glyph with (the font draws medial ر and ز alike).
    expect(arabic).toContain("فاتورة")
    expect(arabic).toContain("البائع")
    // The part by its catalogue Arabic title, not the French one the order line keeps.
    expect(arabic).not.toContain("Moteur de vanne")

    // The guest's way: the order's signed link, the credit note in French.
    const token = orderLinkToken(order.id)
    const viaLink = (await api.get(`/store/order-links/${token}/invoices`, { headers })).data.invoices as Listed[]
    expect(viaLink.map((document) => document.number)).toEqual(documents.map((document) => document.number))
    const notePdf = await api.get(`/store/order-links/${token}/invoices/${documents[1].id}/pdf?lang=fr`, { headers, responseType: "arraybuffer" })
    const french = pdfText(Buffer.from(notePdf.data), "credit-note-fr.pdf")
    expect(french).toContain(`Avoir N° ${documents[1].number}`)
    expect(french).toContain(`Avoir sur la facture n° ${invoice.number}`)
    expect(french).toContain("1 000 DA")

    // The office: the order page's widget lists and downloads them.
    expect((await api.get(`/admin/invoices?order_id=${order.id}`, { headers: admin })).data.invoices).toHaveLength(2)
    expect((await api.get(`/admin/invoices/${invoice.id}/pdf?lang=fr`, { headers: admin, responseType: "arraybuffer" })).status).toBe(200)

    // Anyone else: the same 404 as for an invoice that does not exist.
    const karim = await customerHeaders(api, headers, "karim.autre@example.dz")
    const strangers = [
      () => api.get(`/store/customers/me/invoices/${invoice.id}/pdf`, { headers: karim }),
      () => api.get(`/store/order-links/${orderLinkToken("order_someone_else")}/invoices/${invoice.id}/pdf`, { headers }),
      () => api.get(`/store/customers/me/invoices/inv_missing/pdf`, { headers: amina }),
    ]
    for (const request of strangers) {
      expect(await refused(request())).toMatchObject({ status: 404, data: { code: "invoice_not_found" } })
    }
    expect(await refused(api.get(`/store/customers/me/invoices?order_id=${order.id}`, { headers: karim }))).toMatchObject({ status: 404, data: { code: "order_not_found" } })
    expect(await refused(api.get(`/store/customers/me/invoices/${invoice.id}/pdf`, { headers }))).toMatchObject({ status: 401 })
    expect(await refused(api.get(`/store/customers/me/invoices/${invoice.id}/pdf?lang=en`, { headers: amina }))).toMatchObject({ status: 400 })
  })
})
