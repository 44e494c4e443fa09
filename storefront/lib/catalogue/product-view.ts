import type { Locale } from "../../i18n/routing"
import { optionTitleIn, optionValueIn } from "@mj-chauffage/shop-kernel/option-words"
import { productStockState, stockState, type StockState } from "./stock-state"

/** The fields the storefront asks Medusa for, for cards and product pages. */
export const PRODUCT_FIELDS =
  "id,title,handle,subtitle,description,thumbnail,metadata,created_at,*images,*collection,*categories,*options,*options.values," +
  "*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.metadata"

export type MedusaProduct = {
  id: string
  title: string
  handle: string
  description?: string | null
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
  created_at?: string | Date | null
  images?: { id: string; url: string }[] | null
  collection?: { id: string; title: string; handle: string } | null
  categories?: { id: string; name: string; handle: string }[] | null
  options?: { id: string; title: string; values?: { id: string; value: string }[] }[] | null
  variants?: MedusaVariant[] | null
}

export type MedusaVariant = {
  id: string
  title?: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  inventory_quantity?: number | null
  metadata?: Record<string, unknown> | null
  options?: { option_id?: string | null; value: string }[] | null
  calculated_price?: { calculated_amount?: number | null } | null
}

export type VariantView = {
  id: string
  /** The option value in the page's language. */
  title: string
  /** Medusa's French value, kept when no Arabic form is known (a model name): its lang attribute. */
  titleIsFrench: boolean
  sku: string | null
  mpn: string | null
  price: number | null
  stock: StockState
  /** Units left, for the quantity limit; null when stock is not tracked or not known. */
  available: number | null
}

export type ProductView = {
  id: string
  handle: string
  title: string
  summary: string
  thumbnail: string | null
  images: string[]
  brand: { title: string; handle: string } | null
  category: { name: string; handle: string } | null
  compatibleModels: string[]
  mpn: string | null
  featured: boolean
  /** The lowest variant price, TTC, in dinars. */
  price: number | null
  stock: StockState
  optionTitle: string | null
  variants: VariantView[]
  createdAt: string
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null)
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [])

/**
 * The product as a page shows it. Its texts come as Medusa answered them for the page's locale (the
 * ar-DZ translations on Arabic pages, Medusa's French fields otherwise); option words are translated here.
 */
export function productView(product: MedusaProduct, locale: Locale): ProductView {
  const metadata = product.metadata ?? {}
  const variants: VariantView[] = (product.variants ?? []).map((variant) => {
    const french = variant.options?.[0]?.value ?? variant.title ?? ""
    const title = optionValueIn(french, locale)
    return {
      id: variant.id,
      title,
      titleIsFrench: title === french,
      sku: variant.sku ?? null,
      mpn: text(variant.metadata?.mpn),
      price: variant.calculated_price?.calculated_amount ?? null,
      stock: stockState(variant),
      available: variant.manage_inventory === false || typeof variant.inventory_quantity !== "number" ? null : Math.max(0, variant.inventory_quantity),
    }
  })
  const prices = variants.map((variant) => variant.price).filter((price): price is number => price !== null)
  const category = product.categories?.[0]
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    summary: product.description || "",
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    images: (product.images ?? []).map((image) => image.url),
    brand: product.collection ? { title: product.collection.title, handle: product.collection.handle } : null,
    category: category ? { name: category.name, handle: category.handle } : null,
    compatibleModels: texts(metadata.compatible_models),
    mpn: text(metadata.mpn),
    featured: metadata.featured === true,
    price: prices.length ? Math.min(...prices) : null,
    stock: productStockState(variants.map((variant) => variant.stock)),
    optionTitle: product.options?.[0]?.title ? optionTitleIn(product.options[0].title, locale) : null,
    variants,
    createdAt: new Date(product.created_at ?? 0).toISOString(),
  }
}
