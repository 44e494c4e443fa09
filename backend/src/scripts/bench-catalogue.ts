/**
 * `npm run bench:catalogue` (bench/generate-catalogue.ts runs it with `medusa exec`): adds the
 * benchmark catalogue (scripts/bench/catalogue-products.ts) to a seeded database through Medusa's
 * workflows, in batches — products with their price, brand, category and metadata, their Arabic
 * translations, their stock — then refreshes the search index. What exists (by handle) is skipped,
 * so an interrupted run is finished by the next. Never in production.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PART_SEARCH_METADATA_KEY, partSearchMetadata } from "../lib/catalogue/part-search"
import { BENCH_HANDLE_PREFIX, benchProduct, type BenchProduct } from "./bench/catalogue-products"
import { BRANDS, CATEGORIES } from "./seed/categories"
import { saveArabicTranslations } from "./seed/save-arabic-translations"
import { setUpStoreFrame, type StoreFrame } from "./seed/store-setup"

const BATCH = 250

async function idsByHandle(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const [categories, collections] = await Promise.all([
    products.listProductCategories({ handle: Object.keys(CATEGORIES) }, { select: ["id", "handle"] }),
    products.listProductCollections({ handle: Object.keys(BRANDS) }, { select: ["id", "handle"] }),
  ])
  if (categories.length !== Object.keys(CATEGORIES).length || collections.length !== Object.keys(BRANDS).length) {
    throw new Error("The seed's categories and brands are missing: run the seed (npm run dev, or npm run seed -w backend) first.")
  }
  return {
    category: Object.fromEntries(categories.map((row) => [row.handle, row.id])),
    brand: Object.fromEntries(collections.map((row) => [row.handle, row.id])),
  }
}

async function createProducts(container: MedusaContainer, frame: StoreFrame, ids: Awaited<ReturnType<typeof idsByHandle>>, batch: BenchProduct[]) {
  await createProductsWorkflow(container).run({
    input: {
      products: batch.map((product) => ({
        title: product.title,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        category_ids: [ids.category[product.category]],
        collection_id: ids.brand[product.brand],
        shipping_profile_id: frame.shippingProfileId,
        sales_channels: [{ id: frame.salesChannelId }],
        metadata: {
          brand: BRANDS[product.brand].name,
          mpn: product.partNumber,
          part_numbers: [product.partNumber],
          compatible_models: product.compatibleModels,
          [PART_SEARCH_METADATA_KEY]: partSearchMetadata({ skus: [product.sku], mpns: [product.partNumber], models: product.compatibleModels }),
        },
        options: [{ title: "Modèle", values: ["Standard"] }],
        variants: [
          {
            title: "Standard",
            sku: product.sku,
            manage_inventory: true,
            options: { Modèle: "Standard" },
            prices: [{ amount: product.price, currency_code: "dzd" }],
            metadata: { mpn: product.partNumber },
          },
        ],
      })),
    },
  })
}

/** The Arabic texts and the stock of a batch's products, where missing (also after an interrupted run). */
async function completeBatch(container: MedusaContainer, frame: StoreFrame, batch: BenchProduct[], rows: { id: string; handle: string }[]) {
  const byHandle = new Map(batch.map((product) => [product.handle, product]))
  await saveArabicTranslations(
    container,
    rows.map((row) => {
      const product = byHandle.get(row.handle)!
      return { reference: "product", reference_id: row.id, translations: { title: product.titleAr, description: product.descriptionAr } }
    })
  )
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: batch.map((product) => product.sku) }, { select: ["id", "sku"], take: null })
  const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((item) => item.id), location_id: frame.stockLocationId }, { select: ["inventory_item_id"], take: null })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const stockBySku = new Map(batch.map((product) => [product.sku, product.stock]))
  const missing = items.filter((item) => !stocked.has(item.id))
  if (!missing.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((item) => ({ inventory_item_id: item.id, location_id: frame.stockLocationId, stocked_quantity: stockBySku.get(item.sku!) ?? 0 })),
    },
  })
}

export default async function benchCatalogue({ container }: ExecArgs) {
  if (process.env.NODE_ENV === "production") throw new Error("The benchmark catalogue is made-up data: never in production.")
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const count = Number(process.env.BENCH_PRODUCTS ?? 5000)
  if (!Number.isInteger(count) || count < 1 || count > 99_999) throw new Error("BENCH_PRODUCTS must be a whole number from 1 to 99 999")
  const frame = await setUpStoreFrame(container)
  const ids = await idsByHandle(container)
  const productModule = container.resolve(Modules.PRODUCT)
  const started = Date.now()
  let created = 0
  for (let start = 0; start < count; start += BATCH) {
    const wanted = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => benchProduct(start + i))
    const handles = wanted.map((product) => product.handle)
    const existing = await productModule.listProducts({ handle: handles }, { select: ["id", "handle"], take: null })
    const present = new Set(existing.map((product) => product.handle))
    const missing = wanted.filter((product) => !present.has(product.handle))
    if (missing.length) await createProducts(container, frame, ids, missing)
    const rows = missing.length ? await productModule.listProducts({ handle: handles }, { select: ["id", "handle"], take: null }) : existing
    await completeBatch(container, frame, wanted, rows)
    created += missing.length
    logger.info(`Benchmark catalogue: ${start + wanted.length}/${count} checked, ${created} created (${Math.round((Date.now() - started) / 1000)} s)`)
  }
  await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  const total = await productModule.listAndCountProducts({ handle: { $like: `${BENCH_HANDLE_PREFIX}%` } }, { select: ["id"], take: 1 })
  logger.info(`Benchmark catalogue done in ${Math.round((Date.now() - started) / 1000)} s: ${created} created, ${total[1]} benchmark products in the database; search index refreshed.`)
}
