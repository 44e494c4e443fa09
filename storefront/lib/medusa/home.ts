import "server-only"
import { unstable_cache } from "next/cache"
import type { Locale } from "../../i18n/routing"
import { bestSellers, listBrands, listCategories, listProducts } from "./catalogue"

/**
 * Everything the home page shows, cached as the few products it needs (not the whole catalogue's
 * responses) for a minute under the "catalogue" tag: the home is the most visited page.
 */
export const homeSections = unstable_cache(
  async (locale: Locale) => {
    const [categories, brands, sellers, all] = await Promise.all([
      listCategories(locale),
      listBrands(),
      bestSellers(locale, 8),
      listProducts({}, locale),
    ])
    const featured = all.filter((product) => product.featured && product.stock !== "out_of_stock").slice(0, 4)
    return { categories, brands, sellers, featured }
  },
  ["home-sections"],
  { revalidate: 60, tags: ["catalogue"] }
)
