/**
 * A customer's account through the Store API as the storefront's server uses it: the order history
 * with the status in the customer's words, one order's page (another's is a 404), and a guest order
 * that joins the account only with its signed e-mail link — never by e-mail alone, never from another
 * account.
 */
import { Modules } from "@medusajs/framework/utils"
import { orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { algiersDate } from "../helpers/booking-fixture"
import { CUSTOMER_PASSWORD, customerHeaders } from "../helpers/customer-headers"
import { shopSuite } from "../helpers/shop-suite"
import { ALGIERS_ADDRESS, payAndComplete, variantOf } from "../helpers/store-fixture"

jest.setTimeout(180_000)

type Answer = { status: number; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any
const answer = (request: Promise<{ status: number; data: unknown }>): Promise<Answer> =>
  request.then(
    (response) => response as Answer,
    (error: { response?: Answer }) => {
      if (!error.response) throw error
      return error.response
    }
  )

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop

  async function guestOrder(email: string) {
    const variantId = await variantOf(api, headers, "moteur-de-vanne-3-voies-saunier-duval-isofast")
    const { data } = await api.post("/store/carts", { region_id: shop.regionId, email }, { headers })
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    return (await payAndComplete(api, headers, cartId)).order as { id: string; display_id: number }
  }

  it("a guest order joins an account through its signed link, shows in the history, and never moves again", async () => {
    const order = await guestOrder("invite.compte@example.dz")
    const samia = await customerHeaders(api, headers, "samia.compte@example.dz")
    const history = () => answer(api.get("/store/customers/me/order-history", { headers: samia }))
    expect((await history()).data.orders).toEqual([])
    // Not hers yet: the same 404 as an order that does not exist.
    const before = await answer(api.get(`/store/customers/me/order-history/${order.id}`, { headers: samia }))
    expect(before.status).toBe(404)
    expect(before.data.code).toBe("order_not_found")

    const forged = await answer(api.post("/store/customers/me/order-history/claim", { token: "v1.forged.token.value" }, { headers: samia }))
    expect(forged.status).toBe(403)
    expect(forged.data.code).toBe("link_invalid")

    const token = orderLinkToken(order.id)
    const claimed = await answer(api.post("/store/customers/me/order-history/claim", { token }, { headers: samia }))
    expect(claimed.status).toBe(200)
    expect(claimed.data).toEqual({ order_id: order.id, joined: true })
    // Again: nothing changes, nothing fails.
    expect((await answer(api.post("/store/customers/me/order-history/claim", { token }, { headers: samia }))).data.joined).toBe(false)

    const listed = (await history()).data.orders
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ id: order.id, display_id: order.display_id, customer_status: "PENDING", payment_method: "cash_on_delivery", total: 12500 })
    const page = await answer(api.get(`/store/customers/me/order-history/${order.id}`, { headers: samia }))
    expect(page.status).toBe(200)
    expect(page.data.order).toMatchObject({ id: order.id, customer_status: "PENDING", payment_method: "cash_on_delivery" })
    expect(page.data.order.payment_collections).toBeUndefined()
    expect(page.data.order.items[0].quantity).toBe(1)

    // The link in someone else's hands cannot take the order from her account.
    const karim = await customerHeaders(api, headers, "karim.compte@example.dz")
    const taken = await answer(api.post("/store/customers/me/order-history/claim", { token }, { headers: karim }))
    expect(taken.status).toBe(409)
    expect(taken.data.code).toBe("order_has_account")
    expect((await answer(api.get(`/store/customers/me/order-history/${order.id}`, { headers: karim }))).status).toBe(404)
    expect((await answer(api.get("/store/customers/me/order-history", { headers: karim }))).data.orders).toEqual([])
  })

  it("a cart the storefront attaches to the logged-in customer becomes an order in their history", async () => {
    const email = "panier.compte@example.dz"
    const yacine = await customerHeaders(api, headers, email)
    const variantId = await variantOf(api, headers, "moteur-de-vanne-3-voies-saunier-duval-isofast")
    const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { email, shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    const attached = await answer(api.post(`/store/carts/${cartId}/customer`, {}, { headers: yacine }))
    expect(attached.status).toBe(200)
    // Later updates carry the customer's token (as the storefront's checkout sends them): the cart stays theirs.
    await api.post(`/store/carts/${cartId}`, { metadata: { locale: "fr" } }, { headers: yacine })
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    const order = (await payAndComplete(api, headers, cartId)).order as { id: string }
    const listed = (await answer(api.get("/store/customers/me/order-history", { headers: yacine }))).data.orders
    expect(listed.map((row: { id: string }) => row.id)).toEqual([order.id])
  })

  it("the history needs a logged-in customer", async () => {
    expect((await answer(api.get("/store/customers/me/order-history", { headers }))).status).toBe(401)
    expect((await answer(api.post("/store/customers/me/order-history/claim", { token: "x".repeat(20) }, { headers }))).status).toBe(401)
  })

  it("exports the customer's data, then erases the account: login gone, orders and visits kept without a name", async () => {
    const email = "effacer.compte@example.dz"
    const amel = await customerHeaders(api, headers, email)
    const order = await guestOrder(email)
    await api.post("/store/customers/me/order-history/claim", { token: orderLinkToken(order.id) }, { headers: amel })
    const zone = (await api.get("/store/booking/zones", { headers })).data.zones.find((candidate: { handle: string }) => candidate.handle === "alger")
    const fault = (await api.get("/store/booking/fault-types", { headers })).data.fault_types[0]
    const { slots } = (await api.get(`/store/booking/slots?zone_id=${zone.id}&fault_type_id=${fault.id}&from=${algiersDate(1)}&to=${algiersDate(8)}`, { headers })).data
    const visit = await answer(
      api.post(
        "/store/booking/appointments",
        {
          zone_id: zone.id,
          fault_type_id: fault.id,
          starts_at: slots[0].start,
          contact: { first_name: "Amel", last_name: "Haddad", phone: "0661 22 33 44", email },
          address: { address_1: "5 rue Didouche Mourad", commune: "Alger Centre", wilaya_code: "16" },
          description: "Fuite sous la chaudière.",
        },
        { headers: amel }
      )
    )
    expect(visit.status).toBe(201)

    const exported = await answer(api.get("/store/customers/me/data-export", { headers: amel }))
    expect(exported.status).toBe(200)
    expect(exported.data.account.email).toBe(email)
    expect(exported.data.orders.map((row: { id: string }) => row.id)).toEqual([order.id])
    expect(exported.data.repair_visits).toEqual([expect.objectContaining({ id: visit.data.appointment.id, contact_phone: "+213661223344" })])

    const erased = await answer(api.post("/store/customers/me/erase", {}, { headers: amel }))
    expect(erased.status).toBe(200)
    expect(erased.data).toEqual({ erased: true, orders_kept: 1, visits_kept: 1 })
    expect((await answer(api.get("/store/customers/me", { headers: amel }))).status).toBe(401)
    expect((await answer(api.post("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD }))).status).toBe(401)

    const [kept] = await getContainer().resolve(Modules.ORDER).listOrders({ id: order.id }, { relations: ["shipping_address"] })
    expect(kept.email).toMatch(/@anonyme\.invalid$/)
    expect(kept.shipping_address).toMatchObject({ first_name: "Anonyme", phone: null, address_1: "—", city: "Alger Centre", province: "16" })
    expect(Number(kept.total)).toBe(12500)
    const [keptVisit] = await getContainer().resolve<{ listAppointments(filters: object): Promise<Array<Record<string, unknown>>> }>("booking").listAppointments({ id: visit.data.appointment.id })
    expect(keptVisit).toMatchObject({ contact_first_name: "Anonyme", contact_phone: "", address_1: "—", commune: "Alger Centre", status: "confirmed" })
    expect(JSON.stringify(keptVisit)).not.toContain("Haddad")
  })
})
