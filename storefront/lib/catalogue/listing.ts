import type { ProductView } from "./product-view"

/**
 * Catalogue filters, sorting and pagination over one category's or brand's products (tens, or a few
 * hundred in a 5 000-part catalogue: Medusa's Store API filters by category and brand, these refine what
 * it returned, held in the storefront's catalogue cache).
 */
export const SORTS = ["featured", "price_asc", "price_desc", "newest", "name"] as const
export type Sort = (typeof SORTS)[number]
export const PAGE_SIZE = 12

export type ListingQuery = {
  brands: string[]
  minPrice: number | null
  maxPrice: number | null
  inStockOnly: boolean
  sort: Sort
  page: number
}

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])
const dinars = (value: string | undefined): number | null => {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return null
  return Number(value.trim())
}

/** Reads the query string leniently: anything unreadable is ignored, never an error page. */
export function readListingQuery(params: SearchParams): ListingQuery {
  const sort = first(params.sort)
  const page = Number(first(params.page))
  return {
    brands: all(params.brand).filter((brand) => /^[a-z0-9-]{1,60}$/.test(brand)),
    minPrice: dinars(first(params.min)),
    maxPrice: dinars(first(params.max)),
    inStockOnly: first(params.stock) === "1",
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "featured",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** How many filters narrow the list (each brand counts; sorting and the page do not): the drawer's summary says it. */
export function activeFilterCount(query: ListingQuery): number {
  return query.brands.length + Number(query.minPrice !== null) + Number(query.maxPrice !== null) + Number(query.inStockOnly)
}

const byPrice = (a: ProductView, b: ProductView) => (a.price ?? Infinity) - (b.price ?? Infinity)

function compare(sort: Sort, locale: string): (a: ProductView, b: ProductView) => number {
  switch (sort) {
    case "price_asc":
      return byPrice
    case "price_desc":
      return (a, b) => (b.price ?? -Infinity) - (a.price ?? -Infinity)
    case "newest":
      return (a, b) => b.createdAt.localeCompare(a.createdAt)
    case "name":
      return (a, b) => a.title.localeCompare(b.title, locale)
    case "featured":
      // Featured first, then what can be bought, then by name.
      return (a, b) =>
        Number(b.featured) - Number(a.featured) ||
        Number(a.stock === "out_of_stock") - Number(b.stock === "out_of_stock") ||
        a.title.localeCompare(b.title, locale)
  }
}

export type Listing = { products: ProductView[]; total: number; page: number; pages: number }

export function applyListing(products: ProductView[], query: ListingQuery, locale: string): Listing {
  const kept = products.filter(
    (product) =>
      (!query.brands.length || (product.brand !== null && query.brands.includes(product.brand.handle))) &&
      (query.minPrice === null || (product.price !== null && product.price >= query.minPrice)) &&
      (query.maxPrice === null || (product.price !== null && product.price <= query.maxPrice)) &&
      (!query.inStockOnly || product.stock !== "out_of_stock")
  )
  const sorted = [...kept].sort(compare(query.sort, locale))
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE))
  const page = Math.min(query.page, pages)
  return { products: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: sorted.length, page, pages }
}

export type BrandChoice = NonNullable<ProductView["brand"]>

/** The brands present among a category's products, for its brand filter, by name. */
export function brandsOf(products: ProductView[]): BrandChoice[] {
  const byHandle = new Map(products.flatMap((product) => (product.brand ? [[product.brand.handle, product.brand] as const] : [])))
  return [...byHandle.values()].sort((a, b) => a.title.localeCompare(b.title))
}
