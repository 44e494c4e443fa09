/**
 * The seeded store through the real Store API on real PostgreSQL: the seed runs twice, then the
 * catalogue, tax-inclusive totals on a cart and its order, and refusal of an out-of-stock part.
 * (One file, one app boot: each boot of a fresh database costs about 25 s.)
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"
import keepOneSalesChannel from "../../src/migration-scripts/keep-one-sales-channel"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"
import { STOREFRONT_KEY_TITLE } from "../../src/scripts/seed/storefront-key"
import { PART_SEARCH_METADATA_KEY } from "../../src/lib/catalogue/part-search"
import { ALGIERS_ADDRESS, payAndComplete } from "../helpers/store-fixture"

jest.setTimeout(180_000)

/** Everything the seed creates, counted, to prove a second run adds nothing. */
async function countSeededRecords(container: MedusaContainer) {
  const count = async (list: () => Promise<[unknown[], number]>) => (await list())[1]
  const product = container.resolve(Modules.PRODUCT)
  const inventory = container.resolve(Modules.INVENTORY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  return {
    products: await count(() => product.listAndCountProducts({})),
    variants: await count(() => product.listAndCountProductVariants({})),
    categories: await count(() => product.listAndCountProductCategories({})),
    collections: await count(() => product.listAndCountProductCollections({})),
    inventoryItems: await count(() => inventory.listAndCountInventoryItems({})),
    inventoryLevels: await count(() => inventory.listAndCountInventoryLevels({})),
    regions: await count(() => container.resolve(Modules.REGION).listAndCountRegions({})),
    taxRegions: (await container.resolve(Modules.TAX).listTaxRegions({})).length,
    stockLocations: await count(() => container.resolve(Modules.STOCK_LOCATION).listAndCountStockLocations({})),
    shippingOptions: await count(() => fulfillment.listAndCountShippingOptions({})),
    fulfillmentSets: (await fulfillment.listFulfillmentSets({})).length,
    salesChannels: await count(() => container.resolve(Modules.SALES_CHANNEL).listAndCountSalesChannels({})),
    storefrontKeys: await count(() => container.resolve(Modules.API_KEY).listAndCountApiKeys({ title: STOREFRONT_KEY_TITLE })),
  }
}

const variantByHandle = (handle: string) => {
  const product = SEED_PRODUCTS.find((candidate) => candidate.handle === handle)
  if (!product) throw new Error(`no seeded product ${handle}`)
  return product
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let afterFirstSeed: Awaited<ReturnType<typeof countSeededRecords>>
    let afterSecondSeed: typeof afterFirstSeed
    let headers: Record<string, string>
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      await seed({ container, args: [] })
      afterFirstSeed = await countSeededRecords(container)
      await seed({ container, args: [] })
      afterSecondSeed = await countSeededRecords(container)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ title: STOREFRONT_KEY_TITLE })
      headers = { "x-publishable-api-key": key.token }
      const { data } = await api.get("/store/regions", { headers })
      regionId = data.regions[0].id
    })

    it("seeds once: a second run creates nothing", () => {
      expect(afterFirstSeed.products).toBe(SEED_PRODUCTS.length)
      expect(afterSecondSeed).toEqual(afterFirstSeed)
      // One sales channel (Medusa's default, renamed): with two, every store product read is filtered by a channel's product list.
      // Three shipping options: home delivery, stop-desk, and the return to the warehouse that Medusa's return form needs.
      expect(afterFirstSeed).toMatchObject({ regions: 1, taxRegions: 1, stockLocations: 1, shippingOptions: 3, storefrontKeys: 1, salesChannels: 1 })
      expect(afterFirstSeed.inventoryLevels).toBe(afterFirstSeed.variants)
    })

    it("a database seeded with a second, unused sales channel loses it at the next migration; a channel in use stays", async () => {
      const container = getContainer()
      const salesChannels = container.resolve(Modules.SALES_CHANNEL)
      const [unused, inUse] = await salesChannels.createSalesChannels([{ name: "Default Sales Channel" }, { name: "Point de vente" }])
      const [product] = await container.resolve(Modules.PRODUCT).listProducts({}, { take: 1, select: ["id"] })
      await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: inUse.id } })
      await keepOneSalesChannel({ container, args: [] })
      const left = (await salesChannels.listSalesChannels({}, { select: ["id", "name"] })).map((channel) => channel.name).sort()
      expect(left).toEqual(["Boutique en ligne", "Point de vente"])
      expect(await salesChannels.listSalesChannels({ id: unused.id })).toEqual([])
      // Leave the shop as it was for the tests after this one.
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: inUse.id } })
      await keepOneSalesChannel({ container, args: [] })
      expect(await salesChannels.listSalesChannels({}, { select: ["name"] })).toEqual([expect.objectContaining({ name: "Boutique en ligne" })])
    })

    it("names the featured parts by id, only those, published, in the catalogue's order", async () => {
      const { data } = await api.get("/store/featured-products?limit=24", { headers })
      const featuredHandles = SEED_PRODUCTS.filter((product) => product.featured).map((product) => product.handle)
      const { data: listed } = await api.get(`/store/products?id[]=${data.product_ids.join("&id[]=")}&fields=id,handle&limit=24`, { headers })
      expect(listed.products.map((product: { handle: string }) => product.handle).sort()).toEqual(featuredHandles.slice(0, 24).sort())
      expect((await api.get("/store/featured-products?limit=2", { headers })).data.product_ids).toEqual(data.product_ids.slice(0, 2))
      const tooMany = await api.get("/store/featured-products?limit=500", { headers }).catch((error: { response: { status: number; data: { code: string } } }) => error.response)
      expect([tooMany.status, tooMany.data.code]).toEqual([400, "invalid_input"])
    })

    it("sells in Algeria only, in DZD, tax included", async () => {
      const { data } = await api.get("/store/regions", { headers })
      expect(data.regions).toHaveLength(1)
      expect(data.regions[0]).toMatchObject({ name: "Algérie", currency_code: "dzd" })
      expect(data.regions[0].countries.map((country: { iso_2: string }) => country.iso_2)).toEqual(["dz"])
    })

    it("serves the catalogue with DZD prices, stock, part numbers and local pictures", async () => {
      const { data } = await api.get(
        `/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity,+metadata,*categories`,
        { headers }
      )
      expect(data.count).toBeGreaterThanOrEqual(60)
      expect(data.products).toHaveLength(data.count)
      const variants = data.products.flatMap((product: { variants: unknown[] }) => product.variants)
      for (const variant of variants) {
        expect(variant.calculated_price).toMatchObject({ currency_code: "dzd", is_calculated_price_tax_inclusive: true })
        expect(typeof variant.inventory_quantity).toBe("number")
      }
      expect(variants.some((variant: { inventory_quantity: number }) => variant.inventory_quantity === 0)).toBe(true)
      const categories = new Set(data.products.flatMap((product: { categories: { handle: string }[] }) => product.categories.map((c) => c.handle)))
      expect(categories.size).toBeGreaterThanOrEqual(6)

      const pump = data.products.find((product: { handle: string }) => product.handle === "pompe-vaillant-ecotec-plus")
      expect(pump.metadata).toMatchObject({
        brand: "Vaillant",
        mpn: "0020020023",
        compatible_models: expect.arrayContaining(["ecoTEC plus VMW 246"]),
        [PART_SEARCH_METADATA_KEY]: { mpns: ["0020020023"], models: expect.arrayContaining(["ECOTECPLUSVMW246"]) },
      })
      expect(pump.variants[0].calculated_price.calculated_amount).toBe(31900)
      expect(pump.thumbnail).toMatch(/^http:\/\/localhost:\d+\/static\/.+\.svg$/)
    })

    it("totals a cart and its order tax-inclusive: 11 900 DA + 600 DA delivery = 12 500 DA TTC", async () => {
      const valve = variantByHandle("moteur-de-vanne-3-voies-saunier-duval-isofast")
      expect(valve.variants[0].price).toBe(11900)
      const { data: products } = await api.get(`/store/products?handle=${valve.handle}`, { headers })
      const variantId = products.products[0].variants[0].id

      const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "client@example.dz" }, { headers })
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
      const address = ALGIERS_ADDRESS
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, { headers })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      const homeDelivery = options.shipping_options.find((option: { name: string }) => option.name === "Livraison à domicile")
      const { data: quoted } = await api.post(`/store/shipping-options/${homeDelivery.id}/calculate`, { cart_id: cartId }, { headers })
      expect(quoted.shipping_option.amount).toBe(600)
      const { data: withShipping } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: homeDelivery.id }, { headers })

      // TTC: the 19 % TVA is inside both prices, so the tax is price − price / 1.19.
      const includedTax = (ttc: number) => ttc - ttc / 1.19
      const expectedTax = includedTax(11900) + includedTax(600)
      const cart = withShipping.cart
      expect(cart).toMatchObject({ currency_code: "dzd", item_total: 11900, shipping_total: 600, total: 12500 })
      expect(cart.item_tax_total).toBeCloseTo(1900, 2)
      expect(cart.shipping_tax_total).toBeCloseTo(includedTax(600), 2)
      expect(cart.tax_total).toBeCloseTo(expectedTax, 2)

      const completed = await payAndComplete(api, headers, cartId)
      expect(completed.type).toBe("order")
      const order = completed.order
      expect(order).toMatchObject({ currency_code: "dzd", item_total: 11900, shipping_total: 600, total: 12500 })
      expect(order.tax_total).toBeCloseTo(expectedTax, 2)
    })

    it("refuses an out-of-stock part with a message a customer can act on", async () => {
      const soldOut = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0].stock === 0)!
      const { data: products } = await api.get(`/store/products?handle=${soldOut.handle}&fields=+variants.inventory_quantity`, { headers })
      const variant = products.products[0].variants[0]
      expect(variant.inventory_quantity).toBe(0)
      const { data: created } = await api.post("/store/carts", { region_id: regionId }, { headers })
      const response = await api
        .post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, { headers })
        .catch((error: { response: { status: number; data: { message: string } } }) => error.response)
      expect(response.status).toBe(400)
      expect(response.data).toEqual({
        type: "not_allowed",
        code: "out_of_stock",
        available: 0,
        message: expect.stringContaining(`« ${soldOut.title} » est en rupture de stock`),
      })
    })

    it("says how many are left when a cart asks for more than the stock, on add and on quantity change", async () => {
      const scarce = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0].stock === 2)!
      const { data: products } = await api.get(`/store/products?handle=${scarce.handle}`, { headers })
      const variantId = products.products[0].variants[0].id
      const { data: created } = await api.post("/store/carts", { region_id: regionId }, { headers })
      const cartId = created.cart.id
      const refusal = (error: { response: { status: number; data: unknown } }) => error.response

      const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, { headers })
      const tooMany = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers }).catch(refusal)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data).toMatchObject({
        code: "insufficient_stock",
        available: 2,
        message: `Il ne reste que 2 « ${scarce.title} » en stock : réduisez la quantité à 2 au plus.`,
      })
      const lineId = added.cart.items[0].id
      const raised = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 3 }, { headers }).catch(refusal)
      expect(raised.status).toBe(400)
      expect(raised.data).toMatchObject({ code: "insufficient_stock", available: 2 })
      const { data: lowered } = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 1 }, { headers })
      expect(lowered.cart.items[0].quantity).toBe(1)
    })
  },
})
