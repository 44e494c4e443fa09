/**
 * Safety at the edges, through the real Store and Admin APIs on PostgreSQL: what an outside test
 * broke (issue 12) and the mechanism that now holds, one test per class of break — an order read by
 * a stranger, an account in someone else's name, a guest order landing in an account, a link to
 * javascript:, a delivery bent by moving the address, an invalid place saved by a refused update, a
 * visit outside its zone, and bad input answered 500.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { algiersDate, settle } from "../helpers/booking-fixture"
import { CUSTOMER_PASSWORD, customerHeaders, registrationBody } from "../helpers/customer-headers"
import { useMailSink } from "../helpers/mail-sink"
import { ALGIERS_ADDRESS, confirmByPhone, payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"

jest.setTimeout(240_000)

useMailSink()

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let variantId: string

  beforeAll(async () => {
    variantId = await variantOf(api, headers, "electrode-d-allumage-saunier-duval")
  })

  const addressIn = (province: string, city: string) => ({ ...ALGIERS_ADDRESS, province, city, postal_code: undefined })

  /** A cart with one part, an address, and a delivery (home, or the stop-desk given). */
  async function readyCart(options_: { email?: string; headers?: Record<string, string>; province?: string; city?: string; stopDesk?: string } = {}) {
    const asWho = options_.headers ?? headers
    const { data } = await api.post("/store/carts", { region_id: shop.regionId, ...(options_.email ? { email: options_.email } : {}) }, { headers: asWho })
    const cartId: string = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers: asWho })
    const address = addressIn(options_.province ?? "16", options_.city ?? "Alger Centre")
    await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers: asWho })
    await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      options_.stopDesk ? { option_id: shop.deliveryOptions.stopdesk, data: { stop_desk_id: options_.stopDesk } } : { option_id: shop.deliveryOptions.home },
      { headers: asWho }
    )
    return cartId
  }

  /** Registers a login (e-mail + password) and returns its registration token. */
  const registerLogin = async (email: string) => (await api.post("/auth/customer/emailpass/register", registrationBody(email))).data.token as string
  const orderIdsOf = async (customer: Record<string, string>) => (await api.get("/store/orders?fields=id", { headers: customer })).data.orders.map((order: { id: string }) => order.id)

  describe("personal data", () => {
    it("an order by bare id: 404 for a stranger and for another customer, 200 for its owner; transfers and returns by id refused", async () => {
      const guestOrder = (await payAndComplete(api, headers, await readyCart({ email: "invite@example.dz" }))).order.id
      const owner = await customerHeaders(api, headers, "proprietaire@example.dz")
      const ownOrder = (await payAndComplete(api, owner, await readyCart({ headers: owner }))).order.id
      const other = await customerHeaders(api, headers, "curieux@example.dz")

      for (const [who, asWho] of [["stranger", headers], ["another customer", other]] as const) {
        for (const orderId of [guestOrder, ownOrder]) {
          const answer = await settle(api.get(`/store/orders/${orderId}`, { headers: asWho }))
          expect([who, answer.status, answer.data.code]).toEqual([who, 404, "order_not_found"])
          expect(JSON.stringify(answer.data)).not.toContain("Benali")
        }
      }
      const mine = await api.get(`/store/orders/${ownOrder}`, { headers: owner })
      expect(mine.data.order.id).toBe(ownOrder)
      // The order that does not exist answers exactly like the one that is not yours.
      expect((await settle(api.get("/store/orders/order_01NOPE0000000000000000000", { headers: other }))).data).toEqual(
        (await settle(api.get(`/store/orders/${guestOrder}`, { headers: other }))).data
      )
      // Medusa's transfer would hand the whole guest order to any logged-in customer.
      const transfer = await settle(api.post(`/store/orders/${guestOrder}/transfer/request`, {}, { headers: other }))
      expect(transfer.status).toBe(404)
      expect(JSON.stringify(transfer.data)).not.toContain("Benali")
      const returned = await settle(api.post("/store/returns", { order_id: guestOrder, items: [], return_shipping: { option_id: shop.deliveryOptions.home } }, { headers: other }))
      expect(returned.status).toBe(404)
    })

    it("e-mail squatting: an account is only ever in its login's e-mail; the real owner can still register", async () => {
      const token = await registerLogin("attaquant@example.dz")
      const asRegistration = { headers: { ...headers, authorization: `Bearer ${token}` } }
      const squat = await settle(api.post("/store/customers", { email: "victime@example.dz", first_name: "A", last_name: "B" }, asRegistration))
      expect(squat).toMatchObject({ status: 400, data: { code: "email_not_login_email" } })
      const own = await api.post("/store/customers", { first_name: "A", last_name: "B" }, asRegistration)
      expect(own.data.customer.email).toBe("attaquant@example.dz")
      // The victim's e-mail is free: she registers, and a guest order with her e-mail goes nowhere near the attacker.
      const victim = await customerHeaders(api, headers, "victime@example.dz")
      const attacker = { ...headers, authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email: "attaquant@example.dz", password: CUSTOMER_PASSWORD })).data.token}` }
      const guestOrder = (await payAndComplete(api, headers, await readyCart({ email: "victime@example.dz" }))).order.id
      expect(await orderIdsOf(attacker)).not.toContain(guestOrder)
      expect(await orderIdsOf(victim)).not.toContain(guestOrder)
    })

    it("a guest checkout never lands in the account of its e-mail: typed at creation, added later, or in capitals", async () => {
      const account = await customerHeaders(api, headers, "compte@example.dz")
      const atCreation = (await payAndComplete(api, headers, await readyCart({ email: "compte@example.dz" }))).order.id
      const later = await readyCart()
      await api.post(`/store/carts/${later}`, { email: "Compte@Example.dz" }, { headers })
      const addedLater = (await payAndComplete(api, headers, later)).order.id
      // A client cannot claim to be the account through the data the hooks read.
      const forged = await readyCart()
      const { data: accountCustomer } = await api.get("/store/customers/me", { headers: account })
      await api.post(`/store/carts/${forged}`, { email: "compte@example.dz", additional_data: { mj_requested_by_customer: accountCustomer.customer.id } }, { headers })
      const forgedOrder = (await payAndComplete(api, headers, forged)).order.id

      const listed = await orderIdsOf(account)
      for (const orderId of [atCreation, addedLater, forgedOrder]) expect(listed).not.toContain(orderId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "email", "customer.has_account"], filters: { id: [atCreation, addedLater, forgedOrder] } })
      for (const order of orders) expect(order).toMatchObject({ email: expect.stringMatching(/^compte@example\.dz$/i), customer: { has_account: false } })
      // Logged in, the account's own cart and order are its own.
      const ownOrder = (await payAndComplete(api, account, await readyCart({ headers: account }))).order.id
      expect(await orderIdsOf(account)).toEqual([ownOrder])
    })

    it("a tracking link that is not a web address is refused before it can reach an e-mail", async () => {
      const admin = { headers: await adminHeaders(getContainer(), "expedition@mj-chauffage.dz") }
      const orderId = (await payAndComplete(api, headers, await readyCart({ email: "colis@example.dz" }))).order.id
      await confirmByPhone(api, orderId, admin.headers)
      for (const tracking_url of ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "suivi"]) {
        const refused = await settle(api.post(`/admin/orders/${orderId}/ship`, { carrier: "Yalidine", tracking_number: "YAL123456", tracking_url }, admin))
        expect([tracking_url, refused.status]).toEqual([tracking_url, 400])
      }
      const shipped = await api.post(`/admin/orders/${orderId}/ship`, { carrier: "Yalidine", tracking_number: "YAL123456", tracking_url: "https://yalidine.com/suivi/YAL123456" }, admin)
      expect(shipped.status).toBe(200)
    })
  })

  describe("prices and places", () => {
    it("a stop-desk in In Guezzam, then the address moved to Algiers: completion refuses, nothing is ordered", async () => {
      const cartId = await readyCart({ province: "54", city: "Ain Guezzam", stopDesk: "sd-54-1" })
      const moved = await api.post(`/store/carts/${cartId}`, { shipping_address: addressIn("16", "Alger Centre") }, { headers })
      expect(moved.status).toBe(200)
      const refused = await settle(payAndComplete(api, headers, cartId))
      expect(refused).toMatchObject({ status: 400, data: { code: "delivery_for_another_wilaya" } })
      expect((await api.get(`/store/carts/${cartId}?fields=completed_at`, { headers })).data.cart.completed_at).toBeFalsy()
      // Choosing the delivery again for the new wilaya is what the customer is asked to do, and it works.
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.stopdesk, data: { stop_desk_id: "sd-16-1" } }, { headers })
      const placed = await payAndComplete(api, headers, cartId)
      expect(placed.type).toBe("order")
      expect(placed.order.shipping_total).toBe(400)
    })

    it("an update with a wilaya or commune that is not real is refused and changes nothing", async () => {
      const cartId = await readyCart({ province: "54", city: "Ain Guezzam", stopDesk: "sd-54-1" })
      const before = (await api.get(`/store/carts/${cartId}?fields=shipping_address.*,shipping_total`, { headers })).data.cart
      for (const [province, city, code] of [
        ["99", "Alger Centre", "unknown_wilaya"],
        ["16 ", "Alger Centre", "unknown_wilaya"],
        ["016", "Alger Centre", "unknown_wilaya"],
        ["16", "In Guezzam Ville", "unknown_commune"],
        ["54", "Alger Centre", "unknown_commune"],
      ]) {
        const refused = await settle(api.post(`/store/carts/${cartId}`, { shipping_address: addressIn(province!, city!) }, { headers }))
        expect([province, refused.status, refused.data.code]).toEqual([province, 400, code])
      }
      const after = (await api.get(`/store/carts/${cartId}?fields=shipping_address.*,shipping_total`, { headers })).data.cart
      expect(after.shipping_address).toMatchObject({ province: "54", city: "Ain Guezzam" })
      expect(after.shipping_address.id).toBe(before.shipping_address.id)
      expect(after.shipping_total).toBe(1200)
      // A new cart with an invalid place is refused the same way.
      const created = await settle(api.post("/store/carts", { region_id: shop.regionId, shipping_address: addressIn("99", "X") }, { headers }))
      expect(created).toMatchObject({ status: 400, data: { code: "unknown_wilaya" } })
    })

    it("a cart update cannot write another cart's address through its id", async () => {
      const victim = await readyCart({ province: "31", city: "Oran" })
      const victimAddress = (await api.get(`/store/carts/${victim}?fields=shipping_address.*`, { headers })).data.cart.shipping_address
      const attacker = await readyCart()
      const refused = await settle(api.post(`/store/carts/${attacker}`, { shipping_address: { ...addressIn("16", "Alger Centre"), id: victimAddress.id, first_name: "Pirate" } }, { headers }))
      expect(refused).toMatchObject({ status: 400, data: { code: "foreign_address" } })
      expect((await api.get(`/store/carts/${victim}?fields=shipping_address.*`, { headers })).data.cart.shipping_address).toMatchObject({ first_name: "Karim", province: "31" })
    })

    it("a repair visit outside its zone is refused: another wilaya, an unknown one, a commune of another wilaya", async () => {
      const zones = Object.fromEntries((await api.get("/store/booking/zones", { headers })).data.zones.map((zone: { handle: string; id: string }) => [zone.handle, zone.id]))
      const fault = (await api.get("/store/booking/fault-types", { headers })).data.fault_types[0].id
      const [slot] = (await api.get(`/store/booking/slots?zone_id=${zones.alger}&fault_type_id=${fault}&from=${algiersDate(0)}&to=${algiersDate(9)}`, { headers })).data.slots
      const visit = (address: Record<string, string>) => ({
        zone_id: zones.alger,
        fault_type_id: fault,
        starts_at: slot.start,
        contact: { first_name: "Samia", last_name: "Kaci", phone: "0550123456", email: "samia@example.dz" },
        address: { address_1: "3 rue de l'Indépendance", ...address },
        description: "Plus d'eau chaude depuis ce matin.",
      })
      for (const [address, code] of [
        [{ commune: "Tamanrasset", wilaya_code: "11" }, "address_outside_zone"],
        [{ commune: "Alger Centre", wilaya_code: "99" }, "address_outside_zone"],
        [{ commune: "Blida", wilaya_code: "16" }, "unknown_commune"],
      ] as const) {
        const refused = await settle(api.post("/store/booking/appointments", visit(address), { headers }))
        expect([address.wilaya_code, refused.status, refused.data.code]).toEqual([address.wilaya_code, 400, code])
      }
      expect((await api.post("/store/booking/appointments", visit({ commune: "Alger Centre", wilaya_code: "16" }), { headers })).status).toBe(201)
    })
  })

  describe("one error language", () => {
    it("Medusa's own refusals get a code of ours: a part sold out before completion is out_of_stock, a completed cart cart_already_ordered", async () => {
      const scarce = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock === 2)!
      const scarceVariant = (await api.get(`/store/products?handle=${scarce.handle}`, { headers })).data.products[0].variants[0].id
      const late = await readyCart()
      await api.post(`/store/carts/${late}/line-items`, { variant_id: scarceVariant, quantity: 2 }, { headers })
      const early = await readyCart()
      await api.post(`/store/carts/${early}/line-items`, { variant_id: scarceVariant, quantity: 2 }, { headers })
      expect((await payAndComplete(api, headers, early)).type).toBe("order")
      const soldOut = await settle(payAndComplete(api, headers, late))
      expect(soldOut).toMatchObject({ status: 400, data: { code: "out_of_stock" } })
      const again = await settle(api.post(`/store/carts/${early}`, { email: "x@example.dz" }, { headers }))
      expect(again).toMatchObject({ status: 400, data: { code: "cart_already_ordered" } })
    })
  })

  describe("bad input is a 4xx, never a 500", () => {
    /** `{"a":{"a":…"x"…}}` written out as text: too deep for JSON.stringify itself. */
    const nested = (levels: number) => `${'{"a":'.repeat(levels)}"x"${"}".repeat(levels)}`

    it("JSON nested thousands of levels, on a core route and on ours", async () => {
      const json = { headers: { ...headers, "content-type": "application/json" } }
      for (const [url, body] of [
        ["/store/carts", `{"region_id":"${shop.regionId}","metadata":${nested(3000)}}`],
        ["/store/carts", `{"metadata":${nested(8000)}}`],
        ["/store/satim/payments/settle", `{"order_id":${nested(5000)}}`],
        ["/store/booking/appointments", `{"contact":${nested(5000)}}`],
      ] as const) {
        const answer = await settle(api.post(url, body, json))
        expect([url, answer.status, answer.data.code]).toEqual([url, 400, "invalid_input"])
      }
    })

    it("negative or broken offset and limit, on store and admin lists", async () => {
      const admin = { headers: await adminHeaders(getContainer(), "listes@mj-chauffage.dz") }
      for (const [url, config] of [
        ["/store/products?offset=-1", { headers }],
        ["/store/products?limit=-5", { headers }],
        ["/store/products?limit=2.5", { headers }],
        ["/store/products?offset=abc", { headers }],
        ["/admin/orders?offset=-1", admin],
        ["/admin/products?limit=-5", admin],
      ] as const) {
        const answer = await settle(api.get(url, config))
        expect([url, answer.status, answer.data.code]).toEqual([url, 400, "invalid_input"])
      }
      expect((await api.get("/store/products?offset=0&limit=2", { headers })).data.products).toHaveLength(2)
    })

    it("a NUL byte in an id, a body or a query: core routes, the SATIM callback and the settle route", async () => {
      for (const request of [
        () => api.get("/store/products/prod_%00", { headers }),
        () => api.get("/store/carts/cart_%00abc", { headers }),
        () => api.get("/store/products?q=%00", { headers }),
        () => api.post("/store/carts", { region_id: shop.regionId, email: "a\u0000@example.dz" }, { headers }),
        () => api.get("/hooks/satim?mdOrder=%00"),
        () => api.post("/store/satim/payments/settle", { order_id: "abc\u0000" }, { headers }),
      ]) {
        const answer = await settle(request())
        expect(answer.status).toBe(400)
      }
    })

    it("fractional, zero, negative or huge quantities are refused, not rounded", async () => {
      const cartId = await readyCart()
      // Medusa's own validator refuses 0, negatives and text (invalid_request); this shop's refuses what it let through.
      for (const quantity of [1.5, 1e9, 0, -1, "2"]) {
        const answer = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, { headers }))
        expect([quantity, answer.status, answer.data.code]).toEqual([quantity, 400, quantity === 1.5 || quantity === 1e9 ? "invalid_quantity" : "invalid_request"])
      }
      const { data } = await api.get(`/store/carts/${cartId}?fields=items.id,items.quantity`, { headers })
      const line = data.cart.items[0]
      for (const quantity of [0.5, 0, 2.25]) {
        const answer = await settle(api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity }, { headers }))
        expect([quantity, answer.status]).toEqual([quantity, 400])
      }
      expect((await api.get(`/store/carts/${cartId}?fields=items.quantity`, { headers })).data.cart.items).toEqual([expect.objectContaining({ quantity: 1 })])
    })
  })
})
