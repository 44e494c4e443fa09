/**
 * BaridPay, the assisted BaridiMob payment (plugins/payments-dz, issue 18), on the real app and
 * PostgreSQL: the customer sends the transaction reference (session or signed link), a manager confirms receipt (captured
 * through Medusa: payment.captured fires, the invoice is issued, the customer sees PAID), Medusa's
 * own capture refused, a technician kept out, an order over the daily cap refused at checkout, and
 * the deadline job reminding then cancelling an unpaid order (stock released) at a pinned time.
 */
import { TestEventUtils } from "@medusajs/test-utils"
import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { enforceBaridpayDeadlines } from "@mj-chauffage/payments-dz/jobs/baridpay-deadlines"
import { BARIDPAY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { staffUser } from "../helpers/admin-headers"
import { settle } from "../helpers/booking-fixture"
import { customerHeaders } from "../helpers/customer-headers"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"
import { homeDeliveryCart } from "../helpers/store-fixture"

jest.setTimeout(240_000)

// Read by medusa-config.ts when the app boots for this file: BaridPay is registered and enabled on the region.
process.env.BARIDPAY_RIP = "0079 9999 0001 2345 6789"
process.env.BARIDPAY_QR_PAYLOAD = "BARIDPAY-TEST:00799999000123456789"

const mailSink = useMailSink()

const PART = "electrode-d-allumage-saunier-duval"
const HOUR_MS = 3_600_000

shopSuite(({ api, getContainer, shop }) => {
  let manager: { headers: Record<string, string> }
  let technician: { headers: Record<string, string> }
  let customer: Record<string, string>

  beforeAll(async () => {
    const container = getContainer()
    manager = { headers: (await staffUser(container, "gerant-bp@mj-chauffage.dz", "manager")).headers }
    technician = { headers: (await staffUser(container, "tech-bp@mj-chauffage.dz", "technician")).headers }
    customer = await customerHeaders(api, shop.headers, "baridpay@example.dz")
  })

  const available = async () =>
    (await api.get(`/store/products?handle=${PART}&fields=+variants.inventory_quantity`, { headers: shop.headers })).data.products[0].variants[0].inventory_quantity as number

  /** A cart of two parts, home delivery, with its payment collection. */
  async function cartWithCollection() {
    const cartId = await homeDeliveryCart(api, shop, customer, PART)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: customer })
    return { cartId, collectionId: collection.payment_collection.id as string }
  }

  async function placeBaridpayOrder() {
    const { cartId, collectionId } = await cartWithCollection()
    await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: BARIDPAY_PROVIDER_ID }, { headers: customer })
    const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer })
    expect(data.type).toBe("order")
    return data.order as { id: string; total: number; display_id: number }
  }

  const customerStatus = async (orderId: string) => (await api.get(`/store/customers/me/order-history/${orderId}`, { headers: customer })).data.order.customer_status
  const sendReference = (orderId: string, transaction_reference: string) =>
    settle(api.post(`/store/customers/me/baridpay-orders/${orderId}/reference`, { transaction_reference }, { headers: customer }))

  it("the customer's BaridiMob reference, confirmed by a manager: captured through Medusa, invoice issued, the customer sees PAID", async () => {
    const order = await placeBaridpayOrder()
    const { data: shown } = await api.get(`/store/customers/me/baridpay-orders/${order.id}`, { headers: customer })
    expect(shown.baridpay).toMatchObject({
      amount: order.total,
      payment_reference: expect.stringMatching(new RegExp(`^BP-${order.display_id}-[A-Z]$`)),
      rip: "00799999000123456789",
      status: "awaiting_reference",
      may_submit: true,
    })
    expect(await customerStatus(order.id)).not.toBe("PAID")
    // The account says what the pending order waits for: a BaridPay transfer, not the courier's cash.
    const { data: page } = await api.get(`/store/customers/me/order-history/${order.id}`, { headers: customer })
    const { data: history } = await api.get("/store/customers/me/order-history", { headers: customer })
    expect([page.order.payment_method, history.orders.find((listed: { id: string }) => listed.id === order.id)?.payment_method]).toEqual(["baridpay", "baridpay"])

    const typo = await sendReference(order.id, "12")
    expect([typo.status, typo.data.code]).toEqual([400, "baridpay_transaction_reference_invalid"])
    // The confirmation page and the e-mails open the order by its signed link (a guest's only proof).
    const forged = await settle(api.post("/store/order-links/v1.forged.link/baridpay/reference", { transaction_reference: "BM202612060042" }, { headers: shop.headers }))
    expect([forged.status, forged.data.code]).toEqual([403, "link_invalid"])
    const link = `/store/order-links/${encodeURIComponent(orderLinkToken(order.id))}/baridpay`
    const sent = await settle(api.post(`${link}/reference`, { transaction_reference: "bm 2026-1206 0042" }, { headers: shop.headers }))
    expect([sent.status, sent.data.baridpay.status, sent.data.baridpay.transaction_reference]).toEqual([200, "submitted", "BM202612060042"])
    expect((await api.get(link, { headers: shop.headers })).data.baridpay.payment_reference).toBe(shown.baridpay.payment_reference)

    const forbidden = await settle(api.post(`/admin/baridpay-orders/${order.id}/confirm`, {}, technician))
    expect([forbidden.status, forbidden.data.code]).toEqual([403, "staff_forbidden"])
    const { data: before } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, manager)
    const medusaButton = await settle(api.post(`/admin/payments/${before.order.payment_collections[0].payments[0].id}/capture`, {}, manager))
    expect([medusaButton.status, medusaButton.data.code]).toEqual([409, "baridpay_capture_at_confirmation_only"])

    const captured = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, getContainer().resolve(Modules.EVENT_BUS))
    const confirmed = await settle(api.post(`/admin/baridpay-orders/${order.id}/confirm`, {}, manager))
    expect([confirmed.status, confirmed.data.baridpay_order.status]).toEqual([200, "confirmed"])
    await captured
    expect(await customerStatus(order.id)).toBe("PAID")
    const { data: invoices } = await api.get(`/store/customers/me/invoices?order_id=${order.id}`, { headers: customer })
    expect(invoices.invoices.map((invoice: { kind: string }) => invoice.kind)).toEqual(["invoice"])

    const { data: office } = await api.get(`/admin/baridpay-orders/${order.id}`, manager)
    expect(office.baridpay_order).toMatchObject({ status: "confirmed", paid: true, allowed_actions: [], decided_by_email: "gerant-bp@mj-chauffage.dz" })
    const again = await settle(api.post(`/admin/baridpay-orders/${order.id}/reject`, { reason: "Pas reçu" }, manager))
    expect([again.status, again.data.code]).toEqual([409, "baridpay_already_confirmed"])
  })

  it("refuses BaridPay at checkout above the 500 000 DA daily cap", async () => {
    const { collectionId } = await cartWithCollection()
    // A cart that big would need more stock than the seed has: the collection's amount stands for it.
    await getContainer().resolve(Modules.PAYMENT).updatePaymentCollections(collectionId, { amount: 500_001 })
    const refused = await settle(api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: BARIDPAY_PROVIDER_ID }, { headers: customer }))
    expect([refused.status, refused.data.code]).toEqual([400, "baridpay_amount_too_high"])
  })

  it("reminds an order still without its reference after N hours, cancels it after M hours and releases its stock", async () => {
    const stockBefore = await available()
    const order = await placeBaridpayOrder()
    expect(await available()).toBe(stockBefore - 2)
    const placedAt = Date.now()

    const reminded = await enforceBaridpayDeadlines(getContainer(), new Date(placedAt + 25 * HOUR_MS), { reminder_after_hours: 24, cancel_after_hours: 72 })
    expect(reminded).toMatchObject({ reminded: 1, cancelled: 0, failed: 0 })
    const [reminder] = await mailSink.mailsMatching((mail) => JSON.stringify(mail.to).includes("baridpay@example.dz") && Boolean(mail.subject?.includes("BaridPay")) && Boolean(mail.subject?.includes(String(order.display_id))))
    expect(reminder.text).toContain(`BP-${order.display_id}-`)
    expect(await customerStatus(order.id)).not.toBe("CANCELLED")

    const cancelled = await enforceBaridpayDeadlines(getContainer(), new Date(placedAt + 73 * HOUR_MS), { reminder_after_hours: 24, cancel_after_hours: 72 })
    expect(cancelled).toMatchObject({ cancelled: 1, failed: 0 })
    expect(await customerStatus(order.id)).toBe("CANCELLED")
    expect(await available()).toBe(stockBefore)
    const late = await sendReference(order.id, "BM202612060043")
    expect([late.status, late.data.code]).toEqual([409, "baridpay_order_closed"])
  })
})
