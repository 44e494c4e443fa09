import "server-only"
import { contentLocale } from "@mj-chauffage/shop-kernel/locale"
import type { Locale } from "../../i18n/routing"
import { remainingPageOffsets } from "../catalogue/page-offsets"
import { PRODUCT_FIELDS, productView, type MedusaProduct, type ProductView } from "../catalogue/product-view"
import { catalogueCache, catalogueFetch, medusa } from "./client"
import { isNotFound } from "./errors"

type Category = { id: string; name: string; handle: string; description?: string | null }
type Collection = { id: string; title: string; handle: string }

export type CategoryView = { id: string; handle: string; name: string; description: string }
export type BrandView = { id: string; handle: string; title: string }

/** A category as Medusa answered it in the page's locale (its Arabic translation, or French). */
function categoryView(category: Category): CategoryView {
  return { id: category.id, handle: category.handle, name: category.name, description: category.description || "" }
}

/** The Algeria region (DZD): prices are calculated for it. */
export async function shopRegionId(): Promise<string> {
  const { regions } = await catalogueFetch<{ regions: { id: string; currency_code: string }[] }>("/store/regions", { fields: "id,currency_code" })
  const region = regions.find((candidate) => candidate.currency_code === "dzd")
  if (!region) throw new Error("Medusa has no DZD region: run the seed (npm run dev does it on a new database).")
  return region.id
}

export async function listCategories(locale: Locale): Promise<CategoryView[]> {
  const { product_categories } = await catalogueFetch<{ product_categories: Category[] }>("/store/product-categories", {
    fields: "id,name,handle,description,rank",
    limit: 100,
    order: "rank",
    locale: contentLocale(locale),
  })
  return product_categories.map(categoryView)
}

export async function listBrands(): Promise<BrandView[]> {
  const { collections } = await catalogueFetch<{ collections: Collection[] }>("/store/collections", { fields: "id,title,handle", limit: 100 })
  return collections.map(({ id, title, handle }) => ({ id, title, handle }))
}

export async function findCategory(handle: string, locale: Locale): Promise<CategoryView | null> {
  return (await listCategories(locale)).find((category) => category.handle === handle) ?? null
}

export async function findBrand(handle: string): Promise<BrandView | null> {
  return (await listBrands()).find((brand) => brand.handle === handle) ?? null
}

/** Products per Store API call when a whole category or brand is read. */
const PRODUCTS_PER_CALL = 100

type ProductFilter = { category_id?: string; collection_id?: string; id?: string[]; handle?: string }

/**
 * Every published product matching the filter (a category or a brand: tens of parts, or hundreds in a
 * large catalogue), its texts in the page's language: Arabic pages ask Medusa for the ar-DZ translations.
 * The first page tells the count; the others are read side by side (5 000 parts: a category of ~460
 * in 5 pages).
 */
async function fetchProducts(filter: ProductFilter, locale: Locale, signal: AbortSignal): Promise<ProductView[]> {
  const region_id = await shopRegionId()
  const page = (offset: number) =>
    medusa.client.fetch<{ products: MedusaProduct[]; count: number }>("/store/products", {
      query: { ...filter, region_id, fields: PRODUCT_FIELDS, limit: PRODUCTS_PER_CALL, offset, locale: contentLocale(locale) },
      cache: "no-store",
      signal,
    })
  const first = await page(0)
  const rest = await Promise.all(remainingPageOffsets(first.count, first.products.length).map(page))
  // A product published between two reads may shift a page: each is kept once.
  const byId = new Map<string, MedusaProduct>()
  for (const product of [first, ...rest].flatMap((answer) => answer.products)) byId.set(product.id, product)
  return [...byId.values()].map((product) => productView(product, locale))
}

/**
 * The same, held in the catalogue cache as the storefront's own product views (small), so a page
 * under load reads a little JSON rather than whole Medusa responses.
 */
export function listProducts(filter: ProductFilter, locale: Locale): Promise<ProductView[]> {
  return catalogueCache.read(`products:${locale}:${JSON.stringify(filter)}`, (signal) => fetchProducts(filter, locale, signal))
}

export async function findProduct(handle: string, locale: Locale): Promise<ProductView | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(handle)) return null
  const [product] = await listProducts({ handle }, locale).catch((error) => {
    if (isNotFound(error)) return []
    throw error
  })
  return product ?? null
}

/** Units of a variant the warehouse can still sell, read live (not cached); null when stock is not tracked. */
export async function unitsLeft(productId: string, variantId: string): Promise<number | null> {
  const { products } = await medusa.store.product.list(
    { id: productId, fields: "variants.id,+variants.inventory_quantity,+variants.manage_inventory" },
    { "cache-control": "no-store" }
  )
  const variant = (products[0]?.variants ?? []).find((candidate) => candidate.id === variantId)
  if (!variant || variant.manage_inventory === false) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}

/** Products by id, in the order given (search results, best sellers). */
export async function productsByIds(ids: string[], locale: Locale): Promise<ProductView[]> {
  if (!ids.length) return []
  const found = await listProducts({ id: ids }, locale)
  const byId = new Map(found.map((product) => [product.id, product]))
  return ids.map((id) => byId.get(id)).filter((product): product is ProductView => Boolean(product))
}

/**
 * Products' titles in the page's language, by id (cart lines keep the French title of the moment
 * they were added); none are read for French pages, whose lines already carry it.
 */
export async function productTitles(ids: string[], locale: Locale): Promise<Map<string, string>> {
  const wanted = contentLocale(locale)
  if (!wanted || !ids.length) return new Map()
  const { products } = await catalogueFetch<{ products: { id: string; title: string }[] }>("/store/products", {
    id: [...new Set(ids)].sort(),
    fields: "id,title",
    limit: ids.length,
    locale: wanted,
  })
  return new Map(products.map((product) => [product.id, product.title]))
}

/** Ids of the parts most ordered in the last 90 days (Medusa's GET /store/best-sellers), best first. */
export async function bestSellerIds(limit: number): Promise<string[]> {
  const { product_ids } = await catalogueFetch<{ product_ids: string[] }>("/store/best-sellers", { limit })
  return product_ids
}

/** Ids of the parts the office features (GET /store/featured-products), in the catalogue's order. */
export async function featuredProductIds(limit: number): Promise<string[]> {
  const { product_ids } = await catalogueFetch<{ product_ids: string[] }>("/store/featured-products", { limit })
  return product_ids
}
