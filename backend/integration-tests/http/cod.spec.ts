/**
 * The cash-on-delivery life cycle (plugins/payments-dz, issue 18) on the real app and PostgreSQL:
 * calls, shipment, cash collected through Medusa's capture (payment.captured fires, the customer
 * sees PAID), a parcel refused at the door (return received, stock back, order CANCELLED), a
 * wrong-state action refused 409 with its code, and a technician kept out.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { staffUser } from "../helpers/admin-headers"
import { settle } from "../helpers/booking-fixture"
import { customerHeaders } from "../helpers/customer-headers"
import { useMailSink } from "../helpers/mail-sink"
import { shopSuite } from "../helpers/shop-suite"
import { homeDeliveryCart, payAndComplete } from "../helpers/store-fixture"

jest.setTimeout(240_000)

useMailSink()

const PART = "electrode-d-allumage-saunier-duval"

shopSuite(({ api, getContainer, shop }) => {
  let manager: { headers: Record<string, string> }
  let technician: { headers: Record<string, string> }
  let customer: Record<string, string>

  beforeAll(async () => {
    const container = getContainer()
    manager = { headers: (await staffUser(container, "gerant@mj-chauffage.dz", "manager")).headers }
    technician = { headers: (await staffUser(container, "tech-cod@mj-chauffage.dz", "technician")).headers }
    customer = await customerHeaders(api, shop.headers, "cod@example.dz")
  })

  /** The part's stock as the shop sells it (stocked minus reserved). */
  const available = async () =>
    (await api.get(`/store/products?handle=${PART}&fields=+variants.inventory_quantity`, { headers: shop.headers })).data.products[0].variants[0].inventory_quantity as number

  /** A customer's order of two parts, home delivery, cash on delivery. */
  async function placeCashOrder() {
    const cartId = await homeDeliveryCart(api, shop, customer, PART)
    return (await payAndComplete(api, customer, cartId)).order as { id: string; total: number }
  }

  const post = (orderId: string, action: string, body: object, as = manager) => settle(api.post(`/admin/cod-orders/${orderId}/${action}`, body, as))
  const customerStatus = async (orderId: string) => (await api.get(`/store/customers/me/order-history/${orderId}`, { headers: customer })).data.order.customer_status

  it("calls (counted, logged), confirmed, shipped, cash collected: the payment captured through Medusa, the customer sees PAID", async () => {
    const order = await placeCashOrder()
    const captured = new Promise<{ id: string }>((resolve) =>
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("payment.captured", async (event) => resolve(event.data as { id: string }))
    )

    expect((await post(order.id, "calls", { outcome: "no_answer" })).status).toBe(200)
    const early = await post(order.id, "ship", { carrier: "Yalidine", tracking_number: "YAL-COD-1" })
    expect([early.status, early.data.code]).toEqual([409, "cod_not_confirmed"])
    expect((await post(order.id, "calls", { outcome: "confirmed", note: "Livrer après 17 h" })).status).toBe(200)
    expect((await post(order.id, "ship", { carrier: "Yalidine", tracking_number: "YAL-COD-1" })).status).toBe(200)
    expect(await customerStatus(order.id)).toBe("SHIPPED")

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const fields = ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"]
    type Payment = { id: string; captured_at: string | null; captures: Array<{ amount: number }> }
    const paymentOf = async () => {
      const { data } = await query.graph({ entity: "order", fields, filters: { id: order.id } })
      return (data[0] as unknown as { payment_collections: Array<{ payments: Payment[] }> }).payment_collections[0]!.payments[0]!
    }
    // Medusa Admin's own "Capture payment" on a parcel on the road: refused, the cash is collected below.
    const medusaButton = await settle(api.post(`/admin/payments/${(await paymentOf()).id}/capture`, {}, manager))
    expect([medusaButton.status, medusaButton.data.code]).toEqual([409, "cod_capture_at_collection_only"])

    const collected = await post(order.id, "collect", {})
    expect([collected.status, collected.data.cod_order.status]).toEqual([200, "collected"])
    const again = await post(order.id, "collect", {})
    expect([again.status, again.data.code]).toEqual([409, "cod_already_collected"])

    const payment = await paymentOf()
    expect(payment.captured_at).toBeTruthy()
    expect(payment.captures.map((capture) => Number(capture.amount))).toEqual([order.total])
    expect(await captured).toEqual(expect.objectContaining({ id: payment.id }))
    expect(await customerStatus(order.id)).toBe("PAID")

    const { data: view } = await api.get(`/admin/cod-orders/${order.id}`, manager)
    expect(view.cod_order).toMatchObject({ status: "collected", call_attempts: 2, cash_collected: true, allowed_actions: [] })
    expect(view.log.map((line: { action: string; call_outcome: string | null; staff_email: string }) => [line.action, line.call_outcome, line.staff_email])).toEqual([
      ["log_call", "no_answer", "gerant@mj-chauffage.dz"],
      ["confirm", "confirmed", "gerant@mj-chauffage.dz"],
      ["ship", null, "gerant@mj-chauffage.dz"],
      ["collect", null, "gerant@mj-chauffage.dz"],
    ])
  })

  it("Medusa Admin's own fulfilment and shipment obey the life cycle: refused before the call confirms, the record moves after", async () => {
    const order = await placeCashOrder()
    const before = await available()
    const { data: read } = await api.get(`/admin/orders/${order.id}?fields=*items`, manager)
    const items = (read.order.items as Array<{ id: string; quantity: number }>).map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
    const fulfillments = async () => {
      const { data } = await api.get(`/admin/orders/${order.id}?fields=fulfillments.id,fulfillments.shipped_at,fulfillments.canceled_at`, manager)
      return data.order.fulfillments as Array<{ id: string; shipped_at: string | null; canceled_at: string | null }>
    }
    // Medusa Admin's "Create fulfillment", as its dashboard calls it.
    const fulfil = () => settle(api.post(`/admin/orders/${order.id}/fulfillments`, { items }, manager))

    const unconfirmed = await fulfil()
    expect([unconfirmed.status, unconfirmed.data.code]).toEqual([409, "cod_not_confirmed"])
    expect(unconfirmed.data.message).toBe("Confirmez d'abord la commande par téléphone avant de l'expédier.")
    expect(await fulfillments()).toEqual([])
    expect(await available()).toBe(before)

    await post(order.id, "calls", { outcome: "confirmed" })
    expect((await fulfil()).status).toBe(200)
    const [packed] = await fulfillments()
    // Then "Mark as shipped" with the carrier's number.
    const shipped = await settle(
      api.post(`/admin/orders/${order.id}/fulfillments/${packed!.id}/shipments`, { items, labels: [{ tracking_number: "YAL-MEDUSA-1", tracking_url: "#", label_url: "#" }] }, manager)
    )
    expect(shipped.status).toBe(200)
    expect(await customerStatus(order.id)).toBe("SHIPPED")

    const { data: view } = await api.get(`/admin/cod-orders/${order.id}`, manager)
    expect(view.cod_order).toMatchObject({ status: "shipped", allowed_actions: ["collect", "refuse"] })
    expect(view.cod_order.shipped_at).toBeTruthy()
    expect(view.log.at(-1)).toMatchObject({ action: "ship", note: "YAL-MEDUSA-1", staff_email: "gerant@mj-chauffage.dz" })
    expect((await post(order.id, "collect", {})).status).toBe(200)
    expect(await customerStatus(order.id)).toBe("PAID")
  })

  it("refused at the door: a received return puts the parts back in stock, the order is cancelled, the customer sees CANCELLED", async () => {
    const before = await available()
    const order = await placeCashOrder()
    await post(order.id, "calls", { outcome: "confirmed" })
    const early = await post(order.id, "refuse", { reason: "Client absent" })
    expect([early.status, early.data.code]).toEqual([409, "cod_not_shipped"])
    await post(order.id, "ship", { carrier: "ZR Express", tracking_number: "ZR-COD-2" })
    expect(await available()).toBe(before - 2)

    const refused = await post(order.id, "refuse", { reason: "Le client a refusé le colis" })
    expect([refused.status, refused.data.cod_order?.status]).toEqual([200, "refused"])
    expect(await available()).toBe(before)
    expect(await customerStatus(order.id)).toBe("CANCELLED")
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["status", "returns.status", "payment_collections.payments.canceled_at"], filters: { id: order.id } })
    const cancelled = data[0] as unknown as { status: string; payment_collections: Array<{ payments: Array<{ canceled_at: string | null }> }> }
    expect(cancelled).toMatchObject({ status: "canceled", returns: [{ status: "received" }] })
    expect(cancelled.payment_collections[0]!.payments[0]!.canceled_at).toBeTruthy()
    const late = await post(order.id, "collect", {})
    expect([late.status, late.data.code]).toEqual([409, "cod_already_refused"])
  })

  it("a call that cancels needs its reason and cancels the order; a technician may neither read nor act", async () => {
    const order = await placeCashOrder()
    const forbidden = await post(order.id, "calls", { outcome: "confirmed" }, technician)
    expect([forbidden.status, forbidden.data.code]).toEqual([403, "staff_forbidden"])
    expect((await settle(api.get(`/admin/cod-orders/${order.id}`, technician))).status).toBe(403)

    const noReason = await post(order.id, "calls", { outcome: "cancelled" })
    expect([noReason.status, noReason.data.code]).toEqual([400, "invalid_request"])
    expect((await post(order.id, "calls", { outcome: "cancelled", reason: "Commandé en double" })).status).toBe(200)
    expect(await customerStatus(order.id)).toBe("CANCELLED")
    const ship = await post(order.id, "ship", { carrier: "Yalidine", tracking_number: "YAL-COD-3" })
    expect([ship.status, ship.data.code]).toEqual([409, "cod_order_cancelled"])
  })
})
