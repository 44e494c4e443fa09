import "server-only"
import type { Locale } from "../../i18n/routing"
import { bestSellersFrom } from "../catalogue/best-sellers"
import type { ProductView } from "../catalogue/product-view"
import { bestSellerIds, featuredProductIds, listBrands, listCategories, productsByIds } from "./catalogue"

/** Featured parts read for the home: enough to show 4 in stock and top up 8 best sellers. */
const FEATURED_READ = 16

/**
 * Everything the home page shows. Only the products it can show are read (best sellers and featured
 * parts, by id), never the whole catalogue: at 5 000 products that was 50 Medusa calls per refresh.
 */
export async function homeSections(locale: Locale) {
  const [categories, brands, soldIds, featuredIds] = await Promise.all([
    listCategories(locale),
    listBrands(),
    bestSellerIds(8),
    featuredProductIds(FEATURED_READ),
  ])
  const shown = await productsByIds([...new Set([...soldIds, ...featuredIds])], locale)
  const byId = new Map(shown.map((product) => [product.id, product]))
  const featured = featuredIds
    .map((id) => byId.get(id))
    .filter((product): product is ProductView => product !== undefined && product.stock !== "out_of_stock")
    .slice(0, 4)
  return { categories, brands, sellers: bestSellersFrom(shown, soldIds, 8), featured }
}
