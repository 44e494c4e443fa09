import "server-only"
import type { Locale } from "../../i18n/routing"
import { bestSellersFrom } from "../catalogue/best-sellers"
import { bestSellerIds, listBrands, listCategories, listProducts } from "./catalogue"

/**
 * Everything the home page shows. The catalogue is read once (from the product views cache) and
 * the featured parts and best sellers are picked from it.
 */
export async function homeSections(locale: Locale) {
  const [categories, brands, catalogue, soldIds] = await Promise.all([
    listCategories(locale),
    listBrands(),
    listProducts({}, locale),
    bestSellerIds(8),
  ])
  const featured = catalogue.filter((product) => product.featured && product.stock !== "out_of_stock").slice(0, 4)
  return { categories, brands, sellers: bestSellersFrom(catalogue, soldIds, 8), featured }
}
