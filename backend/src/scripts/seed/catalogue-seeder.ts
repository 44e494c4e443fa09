/**
 * Categories, brand collections, products with their generated pictures, their Arabic texts (as
 * Medusa translations, locale ar-DZ), and stock at the warehouse. Only what is missing (by handle,
 * or a missing Arabic field) is created, so the seed can run any number of times.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { PART_SEARCH_METADATA_KEY, partSearchMetadata } from "../../lib/catalogue/part-search"
import type { ArabicTranslation } from "../../lib/translations/arabic-content"
import { arabicSummary, arabicTitle, CATEGORIES_AR } from "./arabic-names"
import { BRANDS, CATEGORIES, type BrandHandle, type CategoryHandle } from "./categories"
import { SEED_PRODUCTS, describeProduct, type SeedProduct } from "./catalogue"
import { productImageSvg } from "./product-image"
import { saveArabicTranslations } from "./save-arabic-translations"
import type { StoreFrame } from "./store-setup"

async function ensureCategories(container: MedusaContainer): Promise<Record<CategoryHandle, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = Object.keys(CATEGORIES) as CategoryHandle[]
  const existing = await products.listProductCategories({ handle: handles })
  const missing = handles.filter((handle) => !existing.some((category) => category.handle === handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((handle) => ({
          handle,
          name: CATEGORIES[handle].name,
          description: CATEGORIES[handle].description,
          is_active: true,
        })),
      },
    })
  }
  const all = await products.listProductCategories({ handle: handles })
  await saveArabicTranslations(
    container,
    all.map((category): ArabicTranslation => {
      const arabic = CATEGORIES_AR[category.handle as CategoryHandle]
      return { reference: "product_category", reference_id: category.id, translations: { name: arabic.name, description: arabic.description } }
    })
  )
  return Object.fromEntries(all.map((category) => [category.handle, category.id])) as Record<CategoryHandle, string>
}

async function ensureBrandCollections(container: MedusaContainer): Promise<Record<BrandHandle, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = Object.keys(BRANDS) as BrandHandle[]
  const existing = await products.listProductCollections({ handle: handles })
  const missing = handles.filter((handle) => !existing.some((collection) => collection.handle === handle))
  if (missing.length) {
    await createCollectionsWorkflow(container).run({
      input: {
        collections: missing.map((handle) => ({
          handle,
          title: BRANDS[handle].name,
          metadata: { kind: "brand", color: BRANDS[handle].color },
        })),
      },
    })
  }
  const all = await products.listProductCollections({ handle: handles })
  return Object.fromEntries(all.map((collection) => [collection.handle, collection.id])) as Record<BrandHandle, string>
}

async function uploadPictures(container: MedusaContainer, products: SeedProduct[]): Promise<string[]> {
  if (!products.length) return []
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: products.map((product) => ({
        filename: `${product.handle}.svg`,
        mimeType: "image/svg+xml",
        access: "public" as const,
        content: Buffer.from(
          productImageSvg({
            category: product.category,
            brandName: BRANDS[product.brand].name,
            brandColor: BRANDS[product.brand].color,
            mpn: product.variants[0].mpn,
          })
        ).toString("base64"),
      })),
    },
  })
  return result.map((file) => file.url)
}

/** Stock for every seeded variant that has no level at the warehouse yet (also after an interrupted seed). */
async function stockUnstockedVariants(container: MedusaContainer, products: SeedProduct[], locationId: string) {
  const stockBySku = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.sku, variant.stock])))
  if (!stockBySku.size) return
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: [...stockBySku.keys()] })
  const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((item) => item.id), location_id: locationId })
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = items.filter((item) => !stocked.has(item.id))
  if (!missing.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
}

/** Each seeded product's Arabic title and summary (also after an interrupted seed). */
async function translateSeededProducts(container: MedusaContainer) {
  const bySeedHandle = new Map(SEED_PRODUCTS.map((product) => [product.handle, product]))
  const rows = await container.resolve(Modules.PRODUCT).listProducts({ handle: [...bySeedHandle.keys()] }, { select: ["id", "handle"], take: null })
  await saveArabicTranslations(
    container,
    rows.map((row): ArabicTranslation => {
      const product = bySeedHandle.get(row.handle)!
      const brandName = BRANDS[product.brand].name
      return { reference: "product", reference_id: row.id, translations: { title: arabicTitle(product, brandName), description: arabicSummary(product, brandName) } }
    })
  )
}

export async function seedCatalogue(container: MedusaContainer, frame: StoreFrame): Promise<{ created: number }> {
  const categoryIds = await ensureCategories(container)
  const brandIds = await ensureBrandCollections(container)
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: SEED_PRODUCTS.map((product) => product.handle) }, { select: ["handle"] })
  const existingHandles = new Set(existing.map((product) => product.handle))
  const toCreate = SEED_PRODUCTS.filter((product) => !existingHandles.has(product.handle))
  const pictureUrls = await uploadPictures(container, toCreate)

  if (toCreate.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: toCreate.map((product, index) => {
          const brand = BRANDS[product.brand]
          const mpns = product.variants.map((variant) => variant.mpn)
          return {
            title: product.title,
            handle: product.handle,
            description: describeProduct(product, brand.name),
            status: ProductStatus.PUBLISHED,
            thumbnail: pictureUrls[index],
            images: [{ url: pictureUrls[index] }],
            category_ids: [categoryIds[product.category]],
            collection_id: brandIds[product.brand],
            shipping_profile_id: frame.shippingProfileId,
            sales_channels: [{ id: frame.salesChannelId }],
            metadata: {
              brand: brand.name,
              mpn: mpns[0],
              compatible_models: product.compatibleModels,
              featured: product.featured,
              [PART_SEARCH_METADATA_KEY]: partSearchMetadata({
                skus: product.variants.map((variant) => variant.sku),
                mpns,
                models: product.compatibleModels,
              }),
            },
            options: [{ title: product.optionTitle, values: product.variants.map((variant) => variant.value) }],
            variants: product.variants.map((variant) => ({
              title: variant.value,
              sku: variant.sku,
              manage_inventory: true,
              options: { [product.optionTitle]: variant.value },
              prices: [{ amount: variant.price, currency_code: "dzd" }],
              metadata: { mpn: variant.mpn },
            })),
          }
        }),
      },
    })
  }
  await translateSeededProducts(container)
  await stockUnstockedVariants(container, SEED_PRODUCTS, frame.stockLocationId)
  return { created: toCreate.length }
}
