/**
 * The store's frame: DZD only, the Algeria region with tax-inclusive prices and TVA 19 %, the Algiers
 * warehouse, home and stop-desk delivery (their zones, prices and stop-desks too) and the storefront's
 * publishable key. Each step looks for what exists first, so running the seed again creates nothing twice.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureDeliveryRates } from "./delivery-rates"
import { shopPaymentProviders } from "./payment-providers"
import { STOREFRONT_KEY_TITLE } from "./storefront-key"

export const STORE_NAME = "MJ Chauffage"
export const SALES_CHANNEL_NAME = "Boutique en ligne"
const SALES_CHANNEL_DESCRIPTION = "mj-chauffage.dz"
export const REGION_NAME = "Algérie"
export const WAREHOUSE_NAME = "Entrepôt Alger"
export const FULFILLMENT_SET_NAME = "Livraison Algérie"
/** Delivery priced per wilaya by the dz-delivery fulfillment provider (src/modules/dz-delivery). */
export const DZ_DELIVERY_PROVIDER_ID = "dz-delivery_dz"
export const DELIVERY_OPTIONS = [
  { name: "Livraison à domicile", mode: "home", label: "Domicile", description: "Livraison à votre adresse" },
  { name: "Retrait en stop-desk", mode: "stopdesk", label: "Stop-desk", description: "Retrait dans l'agence de votre choix" },
] as const
export const TVA_RATE_PERCENT = 19

export type StoreFrame = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

/**
 * The shop sells through one sales channel: Medusa's default one, renamed. With a second channel, Medusa's
 * store product routes load every product id of the channel and filter each read by that list (7× slower
 * lists at 5 000 products); with one they filter nothing.
 */
async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) return existing.id
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (store?.default_sales_channel_id) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: store.default_sales_channel_id }, update: { name: SALES_CHANNEL_NAME, description: SALES_CHANNEL_DESCRIPTION } },
    })
    return store.default_sales_channel_id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: SALES_CHANNEL_DESCRIPTION }] },
  })
  return result[0].id
}

async function ensureRegion(container: MedusaContainer): Promise<string> {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ name: REGION_NAME })
  const paymentProviders = await shopPaymentProviders(container)
  if (existing) {
    // A database seeded earlier gets today's payment methods (and loses the test-only "system" provider).
    await updateRegionsWorkflow(container).run({ input: { selector: { id: existing.id }, update: { payment_providers: paymentProviders } } })
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "dzd",
          countries: ["dz"],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: paymentProviders,
        },
      ],
    },
  })
  return result[0].id
}

async function configureStore(container: MedusaContainer, salesChannelId: string, regionId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [{ currency_code: "dzd", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
      },
    },
  })
}

async function ensureTaxRegion(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  const [existing] = await tax.listTaxRegions({ country_code: "dz" })
  if (existing) return
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "dz",
        provider_id: "tp_system",
        default_tax_rate: { rate: TVA_RATE_PERCENT, code: "TVA19", name: "TVA 19 %" },
      },
    ],
  })
}

async function ensureWarehouse(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await stockLocations.listStockLocations({ name: WAREHOUSE_NAME })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: WAREHOUSE_NAME, address: { address_1: "Zone industrielle Oued Smar", city: "Alger", country_code: "DZ", province: "16" } },
      ],
    },
  })
  const locationId = result[0].id
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: DZ_DELIVERY_PROVIDER_ID },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  return locationId
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Colis standard", type: "default" }] },
  })
  return result[0].id
}

/** Home delivery and stop-desk pick-up anywhere in Algeria; their prices are calculated per wilaya. */
async function ensureDeliveryOptions(container: MedusaContainer, frame: StoreFrame) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [fulfillmentSet] = await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "Algérie", geo_zones: [{ country_code: "dz", type: "country" }] }],
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: frame.stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const existing = await fulfillment.listShippingOptions({ name: DELIVERY_OPTIONS.map((option) => option.name) })
  const missing = DELIVERY_OPTIONS.filter((option) => !existing.some((found) => found.name === option.name))
  if (!missing.length) return
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((option) => ({
      name: option.name,
      price_type: "calculated" as const,
      provider_id: DZ_DELIVERY_PROVIDER_ID,
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: frame.shippingProfileId,
      data: { id: option.mode, mode: option.mode },
      type: { label: option.label, description: option.description, code: option.mode },
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
}

export async function setUpStoreFrame(container: MedusaContainer): Promise<StoreFrame> {
  const salesChannelId = await ensureSalesChannel(container)
  const regionId = await ensureRegion(container)
  await configureStore(container, salesChannelId, regionId)
  await ensureTaxRegion(container)
  const stockLocationId = await ensureWarehouse(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  const frame = { salesChannelId, regionId, stockLocationId, shippingProfileId }
  await ensureDeliveryOptions(container, frame)
  await ensureDeliveryRates(container)
  return frame
}

/** Created last, so a seed interrupted earlier is resumed by the next `npm run dev`. */
export async function ensureStorefrontKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
  return result[0].token
}
