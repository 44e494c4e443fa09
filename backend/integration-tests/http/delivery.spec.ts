/**
 * Territory and delivery through the Store API on real PostgreSQL: the reference lists, prices
 * calculated on the server from the cart's wilaya (home and stop-desk), the chosen stop-desk stored
 * on the order, and clear refusals.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"
import { DELIVERY_ZONES, zoneOfWilaya } from "../../src/lib/delivery/zones"
import { COMMUNES } from "../../src/lib/territory/reference"

jest.setTimeout(180_000)

type ApiError = { response: { status: number; data: { message: string; type?: string } } }
const failure = (error: ApiError) => error.response

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let variantId: string

  beforeAll(async () => {
    variantId = await variantOf(api, headers, "electrode-d-allumage-saunier-duval")
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
    expect(zones.zones.map((zone: { id: string }) => zone.id)).toEqual(DELIVERY_ZONES.map((zone) => zone.id))
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
    for (const wilaya of DELIVERY_ZONES.map((zone) => zone.wilayas[zone.wilayas.length - 1]!)) {
      const commune = COMMUNES.find((candidate) => candidate.wilaya_code === wilaya)!
      const shipping_address = { ...address(wilaya, commune.name_fr), postal_code: commune.postal_code ?? undefined }
      await api.post(`/store/carts/${cartId}`, { shipping_address }, { headers })
      expect({ wilaya, amount: await quote(cartId, "home") }).toEqual({ wilaya, amount: zoneOfWilaya(wilaya)!.home.price })
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
      data: { mode: "stopdesk", wilaya_code: "11", zone_id: "grand-sud", stop_desk_id: "sd-11-1", stop_desk_name: "Agence Tamanrasset centre" },
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
})
