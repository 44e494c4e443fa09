/**
 * The seed of the bare Medusa that bench/compare.ts measures ours against, copied into its throwaway
 * app as src/scripts/bench-seed.ts and run from its production build (`medusa exec`): what a shop
 * needs to sell in Algeria with Medusa's defaults only — a DZD region for Algeria (system payment
 * provider), a sales channel and its publishable key, a stock location with a flat-rate shipping
 * option, and BENCH_BARE_PRODUCTS products of one variant each with a DZD price and ample stock.
 * Prints the publishable key as `BENCH_KEY=<token>` for the bench to read.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

const BATCH = 250
/** Checkouts take one unit each: the stock never runs out during a bench. */
const STOCK = 1_000_000

export default async function benchSeed({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_BARE_PRODUCTS)
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`BENCH_BARE_PRODUCTS must be a count of products (got "${process.env.BENCH_BARE_PRODUCTS}")`)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [store] = await container.resolve(Modules.STORE).listStores()

  const { result: channels } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench" }] } })
  const channel = channels[0]!
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store!.id }, update: { supported_currencies: [{ currency_code: "dzd", is_default: true }], default_sales_channel_id: channel.id } },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Algérie", currency_code: "dzd", countries: ["dz"], payment_providers: ["pp_system_default"] }] },
  })
  const region = regions[0]!
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "dz", provider_id: "tp_system" }] })

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Entrepôt d'Alger", address: { city: "Alger", country_code: "DZ", address_1: "" } }] },
  })
  const location = locations[0]!
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  const profile =
    (await fulfillment.listShippingProfiles({ type: "default" }))[0] ?? (await fulfillment.createShippingProfiles({ name: "Default Shipping Profile", type: "default" }))
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Livraison Algérie",
    type: "shipping",
    service_zones: [{ name: "Algérie", geo_zones: [{ country_code: "dz", type: "country" }] }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Livraison à domicile",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0]!.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "Livraison en 2 à 5 jours", code: "standard" },
        prices: [
          { currency_code: "dzd", amount: 800 },
          { region_id: region.id, amount: 800 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })

  const { result: keys } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: "Bench", type: "publishable", created_by: "" }] } })
  const key = keys[0]!
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  for (let start = 0; start < count; start += BATCH) {
    const products = Array.from({ length: Math.min(BATCH, count - start) }, (_, offset) => {
      const number = String(start + offset + 1).padStart(5, "0")
      return {
        title: `Pièce de chauffage ${number}`,
        handle: `bench-part-${number}`,
        description: `Pièce détachée de chaudière numéro ${number}, compatible avec plusieurs modèles.`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        options: [{ title: "Modèle", values: ["Standard"] }],
        variants: [{ title: "Standard", sku: `BENCH-${number}`, options: { Modèle: "Standard" }, manage_inventory: true, prices: [{ amount: 1500 + (start + offset) * 10, currency_code: "dzd" }] }],
        sales_channels: [{ id: channel.id }],
      }
    })
    await createProductsWorkflow(container).run({ input: { products } })
  }
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id"] })
  for (let start = 0; start < items.length; start += BATCH) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: items.slice(start, start + BATCH).map((item) => ({ location_id: location.id, stocked_quantity: STOCK, inventory_item_id: item.id })) },
    })
  }
  process.stdout.write(`BENCH_KEY=${key.token}\n`)
}
