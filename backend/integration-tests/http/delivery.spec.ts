/**
 * Territory and delivery through the Store API on real PostgreSQL: the reference lists, prices
 * calculated on the server from the cart's wilaya (home and stop-desk) and the zones in the database,
 * the chosen stop-desk stored on the order, clear refusals; and the office changing prices, zones and
 * stop-desks through /admin/delivery-rates (managers and admins only), seen by the next cart.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { staffUser } from "../helpers/admin-headers"
import { payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"
import { SEED_DELIVERY_ZONES } from "../../src/scripts/seed/delivery-rates"
import { COMMUNES } from "../../src/lib/territory/reference"

jest.setTimeout(180_000)

type ApiError = { response: { status: number; data: { message: string; type?: string; code?: string } } }
const failure = (error: ApiError) => error.response

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let variantId: string

  type Staff = { headers: Record<string, string> }
  let admin: Staff
  let manager: Staff
  let technician: Staff

  // At the top level: the runner snapshots the database after these and restores it before each test.
  beforeAll(async () => {
    variantId = await variantOf(api, headers, "electrode-d-allumage-saunier-duval")
    const container = getContainer()
    admin = { headers: (await staffUser(container, "admin-livraison@mj-chauffage.dz", "admin")).headers }
    manager = { headers: (await staffUser(container, "gerant-livraison@mj-chauffage.dz", "manager")).headers }
    technician = { headers: (await staffUser(container, "tech-livraison@mj-chauffage.dz", "technician")).headers }
  })

  /** An address in a real commune of the wilaya (its first in the territory data unless named). */
  const address = (wilayaCode: string, city = COMMUNES.find((commune) => commune.wilaya_code === wilayaCode)!.name_fr) => ({
    first_name: "Amina",
    last_name: "Haddad",
    address_1: "5 rue de la République",
    city,
    province: wilayaCode,
    country_code: "dz",
    phone: "+213661234567",
  })

  async function cartTo(wilayaCode: string) {
    const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "amina@example.dz" }, { headers })
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: address(wilayaCode), billing_address: address(wilayaCode) }, { headers })
    return cartId
  }

  const quote = async (cartId: string, mode: "home" | "stopdesk") =>
    (await api.post(`/store/shipping-options/${shop.deliveryOptions[mode]}/calculate`, { cart_id: cartId }, { headers })).data.shipping_option.amount

  it("serves the 58 wilayas with French and Arabic names, and refuses a bad code", async () => {
    const { data, headers: responseHeaders } = await api.get("/store/territory/wilayas", { headers })
    expect(data.wilayas).toHaveLength(58)
    expect(data.wilayas[15]).toMatchObject({ code: "16", name_fr: "Alger", name_ar: "الجزائر" })
    expect(responseHeaders["cache-control"]).toBe("public, max-age=3600")
    const { data: algiers } = await api.get("/store/territory/communes?wilaya=16", { headers })
    expect(algiers.communes).toContainEqual(
      expect.objectContaining({ wilaya_code: "16", name_fr: "Alger Centre", name_ar: "الجزائر الوسطى", postal_code: "16000" })
    )
    expect(algiers.communes.every((commune: { wilaya_code: string }) => commune.wilaya_code === "16")).toBe(true)
    expect((await api.get("/store/territory/communes?wilaya=99", { headers }).catch(failure)).status).toBe(404)
    expect((await api.get("/store/territory/communes?wilaya=alger", { headers }).catch(failure)).status).toBe(400)
  })

  it("lists the zones and each wilaya's stop-desks", async () => {
    const { data: zones } = await api.get("/store/delivery/zones", { headers })
    expect(zones.zones.map((zone: { id: string }) => zone.id)).toEqual(SEED_DELIVERY_ZONES.map((zone) => zone.handle))
    const { data: desks } = await api.get("/store/delivery/stop-desks?wilaya=11", { headers })
    expect(desks.stop_desks).toEqual([{ id: "sd-11-1", wilaya_code: "11", name_fr: "Agence Tamanrasset centre", name_ar: "وكالة تمنراست المركز" }])
  })

  it("prices Algiers and Tamanrasset from their zones, home and stop-desk", async () => {
    const algiers = await cartTo("16")
    expect(await quote(algiers, "home")).toBe(600)
    expect(await quote(algiers, "stopdesk")).toBe(400)
    const tamanrasset = await cartTo("11")
    expect(await quote(tamanrasset, "home")).toBe(1800)
    expect(await quote(tamanrasset, "stopdesk")).toBe(1200)
  })

  // Which zone serves each of the 58 wilayas is the pure zones table (its unit test covers all 58): here one
  // wilaya of each zone, the last one listed, goes through Medusa's cart and the fulfilment provider.
  it("prices a delivery to a commune of each zone's wilayas from the wilaya's zone", async () => {
    const cartId = await cartTo("16")
    for (const zone of SEED_DELIVERY_ZONES) {
      const wilaya = zone.wilayas[zone.wilayas.length - 1]!
      const commune = COMMUNES.find((candidate) => candidate.wilaya_code === wilaya)!
      const shipping_address = { ...address(wilaya, commune.name_fr), postal_code: commune.postal_code ?? undefined }
      await api.post(`/store/carts/${cartId}`, { shipping_address }, { headers })
      expect({ wilaya, amount: await quote(cartId, "home") }).toEqual({ wilaya, amount: zone.home.price })
    }
  })

  it("ignores a price sent by the client", async () => {
    const cartId = await cartTo("11")
    const { data } = await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: shop.deliveryOptions.home, data: { amount: 1, price: 1, calculated_amount: 1 } },
      { headers }
    )
    expect(data.cart.shipping_total).toBe(1800)
  })

  it("stores the chosen stop-desk on the order", async () => {
    const cartId = await cartTo("11")
    const { data } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.stopdesk, data: { stop_desk_id: "sd-11-1" } }, { headers })
    expect(data.cart.shipping_total).toBe(1200)
    const completed = await payAndComplete(api, headers, cartId)
    expect(completed.type).toBe("order")
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["shipping_methods.data", "shipping_methods.amount"], filters: { id: completed.order.id } })
    expect(orders[0].shipping_methods![0]).toMatchObject({
      amount: 1200,
      data: {
        mode: "stopdesk",
        wilaya_code: "11",
        zone_id: "grand-sud",
        stop_desk_id: "sd-11-1",
        stop_desk_name: "Agence Tamanrasset centre",
        stop_desk_name_ar: "وكالة تمنراست المركز",
      },
    })
  })

  it("refuses a stop-desk of another wilaya, or none, with a message naming the wilaya", async () => {
    const cartId = await cartTo("11")
    for (const data of [{ stop_desk_id: "sd-16-1" }, {}]) {
      const refused = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.stopdesk, data }, { headers }).catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("Choisissez un stop-desk de la wilaya 11")
    }
  })

  it("asks for the wilaya before pricing a delivery", async () => {
    const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
    const refused = await api.post(`/store/shipping-options/${shop.deliveryOptions.home}/calculate`, { cart_id: data.cart.id }, { headers }).catch(failure)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toContain("Indiquez la wilaya de livraison")
  })

  describe("the office's delivery settings", () => {
    const zoneNamed = async (handle: string) =>
      (await api.get("/admin/delivery-rates", admin)).data.zones.find((zone: { handle: string }) => zone.handle === handle)

    it("lists the seeded zones with their wilayas, and the stop-desks", async () => {
      const { data } = await api.get("/admin/delivery-rates", manager)
      expect(data.zones).toHaveLength(SEED_DELIVERY_ZONES.length)
      expect(data.zones[0]).toMatchObject({ handle: "alger", home_price: 600, home_delay_days: 1, stopdesk_price: 400, is_active: true, wilayas: ["09", "16", "35", "42"] })
      expect(data.stop_desks.find((desk: { id: string }) => desk.id === "sd-11-1")).toMatchObject({ wilaya_code: "11", name_fr: "Agence Tamanrasset centre", is_active: true })
    })

    it("a manager's new home price is the price of the next cart of that zone, through the Store API", async () => {
      const algiers = await zoneNamed("alger")
      const { data } = await api.post(`/admin/delivery-rates/zones/${algiers.id}`, { home_price: 650, home_delay_days: 2 }, manager)
      expect(data.zone).toMatchObject({ home_price: 650, home_delay_days: 2, stopdesk_price: 400 })
      try {
        const blida = await cartTo("09")
        expect(await quote(blida, "home")).toBe(650)
        expect(await quote(blida, "stopdesk")).toBe(400)
        const { data: zones } = await api.get("/store/delivery/zones", { headers })
        expect(zones.zones[0]).toMatchObject({ id: "alger", home: { price: 650, delay_days: 2 } })
      } finally {
        await api.post(`/admin/delivery-rates/zones/${algiers.id}`, { home_price: 600, home_delay_days: 1 }, admin)
      }
      expect(await quote(await cartTo("09"), "home")).toBe(600)
    })

    it("moves a wilaya to another zone, or out of every zone", async () => {
      const algiers = await zoneNamed("alger")
      const grandSud = await zoneNamed("grand-sud")
      await api.post("/admin/delivery-rates/wilayas", { assignments: [{ wilaya_code: "11", zone_id: algiers.id }] }, manager)
      const tamanrasset = await cartTo("11")
      expect(await quote(tamanrasset, "home")).toBe(600)
      await api.post("/admin/delivery-rates/wilayas", { assignments: [{ wilaya_code: "11", zone_id: null }] }, manager)
      const refused = await api.post(`/store/shipping-options/${shop.deliveryOptions.home}/calculate`, { cart_id: tamanrasset }, { headers }).catch(failure)
      expect(refused.status).toBe(400)
      await api.post("/admin/delivery-rates/wilayas", { assignments: [{ wilaya_code: "11", zone_id: grandSud.id }] }, admin)
      expect(await quote(tamanrasset, "home")).toBe(1800)
      expect((await zoneNamed("grand-sud")).wilayas).toContain("11")
      expect((await zoneNamed("alger")).wilayas).not.toContain("11")
    })

    it("adds a stop-desk customers can choose at once, and takes it away when deactivated", async () => {
      const { data, status } = await api.post(
        "/admin/delivery-rates/stop-desks",
        { wilaya_code: "11", commune: "Ain Amguel", name_fr: "Agence Ain Amguel", name_ar: "وكالة عين امقل", address: "Route nationale 1", carrier: "Yalidine" },
        manager
      ) as { data: { stop_desk: { id: string } }; status: number }
      expect(status).toBe(201)
      const listed = async () => (await api.get("/store/delivery/stop-desks?wilaya=11", { headers })).data.stop_desks.map((desk: { id: string }) => desk.id)
      expect(await listed()).toEqual(expect.arrayContaining(["sd-11-1", data.stop_desk.id]))
      const cartId = await cartTo("11")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.stopdesk, data: { stop_desk_id: data.stop_desk.id } }, { headers })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({ entity: "cart", fields: ["shipping_methods.data"], filters: { id: cartId } })
      expect(carts[0].shipping_methods![0]!.data).toMatchObject({ stop_desk_id: data.stop_desk.id, stop_desk_name: "Agence Ain Amguel", stop_desk_name_ar: "وكالة عين امقل" })
      await api.post(`/admin/delivery-rates/stop-desks/${data.stop_desk.id}`, { is_active: false }, manager)
      expect(await listed()).toEqual(["sd-11-1"])
      const refused = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.deliveryOptions.stopdesk, data: { stop_desk_id: data.stop_desk.id } }, { headers }).catch(failure)
      expect(refused.data.code).toBe("stop_desk_required")
    })

    it("refuses a technician, reading or writing", async () => {
      const algiers = await zoneNamed("alger")
      for (const refused of [
        await api.get("/admin/delivery-rates", technician).catch(failure),
        await api.post(`/admin/delivery-rates/zones/${algiers.id}`, { home_price: 1 }, technician).catch(failure),
      ]) {
        expect(refused.status).toBe(403)
        expect(refused.data.code).toBe("staff_forbidden")
      }
      expect((await zoneNamed("alger")).home_price).toBe(600)
    })

    it("refuses bad input with a status and a code", async () => {
      const algiers = await zoneNamed("alger")
      const refusal = async (path: string, body: object) => {
        const { status, data } = await api.post(path, body, manager).catch(failure)
        return { status, code: data.code }
      }
      const zonePath = `/admin/delivery-rates/zones/${algiers.id}`
      const invalid = { status: 400, code: "invalid_request" }
      expect(await refusal(zonePath, { home_price: 100_001 })).toEqual(invalid)
      expect(await refusal(zonePath, { home_price: -1 })).toEqual(invalid)
      expect(await refusal(zonePath, { stopdesk_price: 450.5 })).toEqual(invalid)
      expect(await refusal(zonePath, { home_delay_days: 31 })).toEqual(invalid)
      expect(await refusal(zonePath, { home_price: "600" })).toEqual(invalid)
      expect(await refusal("/admin/delivery-rates/zones/dzone_unknown", { home_price: 600 })).toEqual({ status: 404, code: "delivery_zone_not_found" })
      const twice = [{ wilaya_code: "16", zone_id: algiers.id }, { wilaya_code: "16", zone_id: null }]
      expect(await refusal("/admin/delivery-rates/wilayas", { assignments: twice })).toEqual({ status: 400, code: "delivery_wilaya_twice" })
      expect(await refusal("/admin/delivery-rates/wilayas", { assignments: [{ wilaya_code: "70", zone_id: algiers.id }] })).toEqual({ status: 400, code: "unknown_wilaya" })
      expect(await refusal("/admin/delivery-rates/wilayas", { assignments: [{ wilaya_code: "16", zone_id: "dzone_unknown" }] })).toEqual({ status: 404, code: "delivery_zone_not_found" })
      const desk = { wilaya_code: "31", commune: "Bab Ezzouar", name_fr: "Agence X", name_ar: "وكالة" }
      expect(await refusal("/admin/delivery-rates/stop-desks", desk)).toEqual({ status: 400, code: "unknown_commune" })
      expect(await refusal("/admin/delivery-rates/stop-desks", { ...desk, commune: null, name_fr: "" })).toEqual(invalid)
      expect(await refusal("/admin/delivery-rates/stop-desks/sd-unknown", { is_active: false })).toEqual({ status: 404, code: "stop_desk_not_found" })
      expect((await zoneNamed("alger")).wilayas).toContain("16")
    })
  })
})
