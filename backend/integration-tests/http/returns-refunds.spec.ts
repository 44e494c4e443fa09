/**
 * Returns and manual refunds (issue 18) on the real app and PostgreSQL, through Medusa Admin's own
 * routes: a cash-on-delivery order collected, its parts returned (requested with a reason, received:
 * back in stock), refunded by hand with a reason (refused without one), who and when recorded, a
 * credit note issued, the customer seeing RETURNED then REFUNDED; a BaridPay order confirmed then
 * partly refunded: a credit note, the customer still PAID with the refunded amount.
 */
import { TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { BARIDPAY_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { staffUser } from "../helpers/admin-headers"
import { settle } from "../helpers/booking-fixture"
import { customerHeaders } from "../helpers/customer-headers"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"
import { homeDeliveryCart, payAndComplete } from "../helpers/store-fixture"
import setUpReturnsAndRefundsScript from "../../src/migration-scripts/set-up-returns-and-refunds"
import { REFUND_REASONS, RETURN_OPTION_NAME, RETURN_REASONS } from "../../src/scripts/seed/returns-and-refunds"
import { WAREHOUSE_NAME } from "../../src/scripts/seed/store-setup"

jest.setTimeout(240_000)

// Read by medusa-config.ts when the app boots for this file: BaridPay is registered and enabled on the region.
process.env.BARIDPAY_RIP = "0079 9999 0001 2345 6789"

useMailSink()

const PART = "electrode-d-allumage-saunier-duval"

type Refund = { amount: number; note: string | null; created_by: string | null; created_at: string | null; refund_reason: { code: string } | null }

shopSuite(({ api, getContainer, shop }) => {
  let manager: { headers: Record<string, string> }
  let managerId: string
  let customer: Record<string, string>

  beforeAll(async () => {
    const office = await staffUser(getContainer(), "gerant-retours@mj-chauffage.dz", "manager")
    manager = { headers: office.headers }
    managerId = office.userId
    customer = await customerHeaders(api, shop.headers, "retours@example.dz")
  })

  const available = async () =>
    (await api.get(`/store/products?handle=${PART}&fields=+variants.inventory_quantity`, { headers: shop.headers })).data.products[0].variants[0].inventory_quantity as number

  /** A customer's cart of two parts, home delivery, ready to pay. */
  const readyCart = () => homeDeliveryCart(api, shop, customer, PART)

  const customerView = async (orderId: string) => (await api.get(`/store/customers/me/order-history/${orderId}`, { headers: customer })).data.order
  const listedStatus = async (orderId: string) =>
    (await api.get("/store/customers/me/order-history", { headers: customer })).data.orders.find((order: { id: string }) => order.id === orderId).customer_status
  const documents = async (orderId: string) =>
    (await api.get(`/store/customers/me/invoices?order_id=${orderId}`, { headers: customer })).data.invoices as Array<{ kind: string; number: string; credits_number: string | null; total_ttc: number }>
  const paymentOf = async (orderId: string) =>
    (await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.id`, manager)).data.order.payment_collections[0].payments[0].id as string
  const refundReason = async (code: string) => {
    const { data } = await api.get("/admin/refund-reasons?limit=100", manager)
    return (data.refund_reasons as Array<{ id: string; code: string }>).find((reason) => reason.code === code)!.id
  }
  const refundsOf = async (paymentId: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const fields = ["refunds.amount", "refunds.note", "refunds.created_by", "refunds.created_at", "refunds.refund_reason.code"]
    const { data } = await query.graph({ entity: "payment", fields, filters: { id: paymentId } })
    return (data[0] as unknown as { refunds: Refund[] }).refunds
  }

  it("a collected cash order: returned through Medusa's return routes (stock back, RETURNED), refunded by hand with a reason (REFUNDED, credit note)", async () => {
    const stockBefore = await available()
    const order = (await payAndComplete(api, customer, await readyCart())).order as { id: string; total: number }
    const captured = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, getContainer().resolve(Modules.EVENT_BUS))
    for (const [action, body] of [["calls", { outcome: "confirmed" }], ["ship", { carrier: "Yalidine", tracking_number: "YAL-RET-1" }], ["collect", {}]] as const) {
      expect((await settle(api.post(`/admin/cod-orders/${order.id}/${action}`, body, manager))).status).toBe(200)
    }
    await captured
    expect(await available()).toBe(stockBefore - 2)
    expect(await listedStatus(order.id)).toBe("PAID")

    // What Medusa Admin's return form offers: the seeded reasons, the warehouse and its return option.
    const { data: reasons } = await api.get("/admin/return-reasons", manager)
    const defective = (reasons.return_reasons as Array<{ id: string; label: string }>).find((reason) => reason.label === "Pièce défectueuse")!
    expect((reasons.return_reasons as Array<{ label: string }>).map((reason) => reason.label)).toEqual(
      expect.arrayContaining(["Pièce non compatible", "Pièce défectueuse", "Erreur de commande", "Changement d'avis"])
    )
    const { data: locations } = await api.get("/admin/stock-locations", manager)
    const warehouseId = (locations.stock_locations as Array<{ id: string; name: string }>).find((location) => location.name === WAREHOUSE_NAME)!.id
    const { data: options } = await api.get("/admin/shipping-options?limit=100&fields=*prices,+service_zone.fulfillment_set.location.id", manager)
    const returnOption = (options.shipping_options as Array<{ id: string; name: string; rules: Array<{ attribute: string; value: string }>; service_zone: { fulfillment_set: { location: { id: string } } } }>).find(
      (option) => option.name === RETURN_OPTION_NAME
    )!
    expect(returnOption.rules).toEqual(expect.arrayContaining([expect.objectContaining({ attribute: "is_return", value: "true" })]))
    expect(returnOption.service_zone.fulfillment_set.location.id).toBe(warehouseId)

    // Requested with its reason and the return option, as the dashboard does.
    const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=items.id`, manager)
    const itemId: string = detail.order.items[0].id
    const { data: begun } = await api.post("/admin/returns", { order_id: order.id, location_id: warehouseId, description: "Électrode qui ne fait pas d'étincelle" }, manager)
    const returnId: string = begun.return.id
    await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 2, reason_id: defective.id }] }, manager)
    await api.post(`/admin/returns/${returnId}/shipping-method`, { shipping_option_id: returnOption.id }, manager)
    await api.post(`/admin/returns/${returnId}/request`, {}, manager)
    expect(await listedStatus(order.id)).toBe("PAID")

    // Received at the warehouse: the parts are back in stock.
    await api.post(`/admin/returns/${returnId}/receive`, {}, manager)
    await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 2 }] }, manager)
    await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, manager)
    expect(await available()).toBe(stockBefore)
    const { data: received } = await api.get(`/admin/returns/${returnId}?fields=status,items.reason_id,items.received_quantity`, manager)
    expect(received.return).toMatchObject({ status: "received", items: [{ reason_id: defective.id, received_quantity: 2 }] })
    expect(await listedStatus(order.id)).toBe("RETURNED")
    expect((await customerView(order.id)).customer_status).toBe("RETURNED")

    // Refunded by hand: refused without a reason, recorded with one (who, when, why, how).
    const paymentId = await paymentOf(order.id)
    const noReason = await settle(api.post(`/admin/payments/${paymentId}/refund`, { amount: order.total, note: "Rendu en espèces au dépôt" }, manager))
    expect([noReason.status, noReason.data.code]).toEqual([400, "refund_reason_required"])
    const unknownReason = await settle(api.post(`/admin/payments/${paymentId}/refund`, { amount: order.total, refund_reason_id: "refr_nope" }, manager))
    expect([unknownReason.status, unknownReason.data.code]).toEqual([400, "refund_reason_required"])
    expect(await refundsOf(paymentId)).toEqual([])

    const refunded = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, getContainer().resolve(Modules.EVENT_BUS))
    const refund = await settle(api.post(`/admin/payments/${paymentId}/refund`, { amount: order.total, refund_reason_id: await refundReason("retour_piece"), note: "Rendu en espèces au dépôt" }, manager))
    expect(refund.status).toBe(200)
    await refunded
    const [recorded] = await refundsOf(paymentId)
    expect(recorded).toMatchObject({ amount: order.total, note: "Rendu en espèces au dépôt", created_by: managerId, refund_reason: { code: "retour_piece" } })
    expect(Date.now() - new Date(recorded.created_at!).getTime()).toBeLessThan(60_000)

    const [invoice, creditNote, ...more] = await documents(order.id)
    expect(more).toEqual([])
    expect(invoice).toMatchObject({ kind: "invoice", total_ttc: order.total * 100 })
    expect(creditNote).toMatchObject({ kind: "credit_note", credits_number: invoice.number, total_ttc: order.total * 100 })
    expect(await listedStatus(order.id)).toBe("REFUNDED")
    expect(await customerView(order.id)).toMatchObject({ customer_status: "REFUNDED", refunded_total: order.total })
  })

  it("a confirmed BaridPay payment partly refunded by hand: a reason required, a credit note, the customer still PAID with the amount refunded", async () => {
    const cartId = await readyCart()
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers: customer })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: BARIDPAY_PROVIDER_ID }, { headers: customer })
    const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: customer })
    const order = placed.order as { id: string; total: number }
    await api.post(`/store/customers/me/baridpay-orders/${order.id}/reference`, { transaction_reference: "BM202612060099" }, { headers: customer })
    const captured = TestEventUtils.waitSubscribersExecution(PaymentEvents.CAPTURED, getContainer().resolve(Modules.EVENT_BUS))
    expect((await settle(api.post(`/admin/baridpay-orders/${order.id}/confirm`, {}, manager))).status).toBe(200)
    await captured
    expect(await listedStatus(order.id)).toBe("PAID")

    const paymentId = await paymentOf(order.id)
    const noReason = await settle(api.post(`/admin/payments/${paymentId}/refund`, { amount: 500 }, manager))
    expect([noReason.status, noReason.data.code]).toEqual([400, "refund_reason_required"])

    const refunded = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, getContainer().resolve(Modules.EVENT_BUS))
    const refund = await settle(api.post(`/admin/payments/${paymentId}/refund`, { amount: 500, refund_reason_id: await refundReason("erreur_prix"), note: "Virement CCP du 6 décembre" }, manager))
    expect(refund.status).toBe(200)
    await refunded
    expect(await refundsOf(paymentId)).toEqual([expect.objectContaining({ amount: 500, created_by: managerId, refund_reason: expect.objectContaining({ code: "erreur_prix" }) })])
    const [invoice, creditNote] = await documents(order.id)
    expect(creditNote).toMatchObject({ kind: "credit_note", credits_number: invoice.number, total_ttc: 50_000 })
    expect(await customerView(order.id)).toMatchObject({ customer_status: "PAID", refunded_total: 500 })
  })

  it("the migration script for databases seeded earlier, run again on a seeded shop, creates nothing twice", async () => {
    const container = getContainer()
    await setUpReturnsAndRefundsScript({ container, args: [] })
    const returnReasons = await container.resolve(Modules.ORDER).listReturnReasons({ value: RETURN_REASONS.map((reason) => reason.value) })
    const { data: refundReasons } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "refund_reason", fields: ["code"], filters: { code: REFUND_REASONS.map((reason) => reason.code) } })
    const returnOptions = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: RETURN_OPTION_NAME })
    expect([returnReasons.length, refundReasons.length, returnOptions.length]).toEqual([RETURN_REASONS.length, REFUND_REASONS.length, 1])
  })
})
