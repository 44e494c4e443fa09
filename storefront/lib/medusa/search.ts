import "server-only"
import type { Locale } from "../../i18n/routing"
import type { ProductView } from "../catalogue/product-view"
import { productsByIds } from "./catalogue"
import { medusa } from "./client"

export const MAX_SEARCH_LENGTH = 100

/** Parts matching what the customer typed (part number, name in French or Arabic, brand, model), best first. */
export async function searchProducts(query: string, locale: Locale): Promise<ProductView[]> {
  const q = query.trim().slice(0, MAX_SEARCH_LENGTH)
  if (!q) return []
  const { product_ids } = await medusa.client.fetch<{ product_ids: string[] }>("/store/part-search", {
    query: { q, limit: 24 },
    // Medusa caches search answers itself (10 s); a second cache here would grow with every query typed.
    cache: "no-store",
  })
  return productsByIds(product_ids, locale)
}
