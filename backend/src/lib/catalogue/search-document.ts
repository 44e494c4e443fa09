import { arabicField, type TranslationRow } from "../translations/arabic-content"
import { normalizePartNumber, PART_SEARCH_METADATA_KEY, partNumberPrefixes, type PartSearchMetadata } from "./part-search"

/** The catalogue changes that touch a product's search document: the index and the answer cache follow them. */
export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
]

/** Translation events (the Arabic title is a translation): the index re-reads the product translated. */
export const TRANSLATION_EVENTS = ["translation.created", "translation.updated", "translation.deleted"]

/** What the index reads of a product through Query (the spelling vocabulary reads the index's documents). */
export const SEARCHABLE_PRODUCT_FIELDS = [
  "id",
  "title",
  "description",
  "status",
  "metadata",
  "translations.locale_code",
  "translations.translations",
  "collection.title",
  "categories.name",
  "categories.translations.locale_code",
  "categories.translations.translations",
  "variants.sku",
  "variants.metadata",
  "sales_channels.id",
]

export type SearchableProductRow = {
  id: string
  title: string
  description?: string | null
  status: string
  metadata?: Record<string, unknown> | null
  translations?: (TranslationRow | null)[] | null
  collection?: { title?: string | null } | null
  categories?: ({ name?: string | null; translations?: (TranslationRow | null)[] | null } | null)[] | null
  variants?: ({ sku?: string | null; metadata?: Record<string, unknown> | null } | null)[] | null
  sales_channels?: ({ id: string } | null)[] | null
}

export type ProductSearchDocument = {
  id: string
  title: string
  title_ar: string
  brand: string
  category: string
  models: string[]
  description: string
  part_numbers: string[]
  /** Every prefix of the part numbers (part-search.ts): the prefix search is an indexed equality. */
  part_number_prefixes: string[]
  status: string
  sales_channel_ids: string[]
}

const text = (value: unknown) => (typeof value === "string" ? value : "")
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [])

/** One product as the search index holds it (a pure function of what query.graph returned). */
export function productSearchDocument(row: SearchableProductRow): ProductSearchDocument {
  const metadata = row.metadata ?? {}
  const partSearch = (metadata[PART_SEARCH_METADATA_KEY] ?? {}) as Partial<PartSearchMetadata>
  const variants = (row.variants ?? []).filter((variant) => variant !== null)
  const categories = (row.categories ?? []).filter((category) => category !== null)
  const partNumbers = [
    ...texts(partSearch.skus),
    ...texts(partSearch.mpns),
    ...texts(partSearch.models),
    // Whatever the admin typed since, normalised the same way.
    ...variants.map((variant) => text(variant.sku)),
    ...variants.map((variant) => text(variant.metadata?.mpn)),
    text(metadata.mpn),
  ]
    .map(normalizePartNumber)
    .filter(Boolean)
  const uniquePartNumbers = [...new Set(partNumbers)]
  return {
    id: row.id,
    title: row.title,
    title_ar: arabicField(row.translations, "title"),
    brand: text(row.collection?.title),
    category: categories.flatMap((category) => [text(category.name), arabicField(category.translations, "name")]).filter(Boolean).join(" "),
    models: texts(metadata.compatible_models),
    description: text(row.description),
    part_numbers: uniquePartNumbers,
    part_number_prefixes: partNumberPrefixes(uniquePartNumbers),
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
  }
}
