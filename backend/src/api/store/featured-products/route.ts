import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableProductProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { StoreFeaturedProductsQueryType } from "./validators"

/**
 * GET /store/featured-products?limit=12: ids of the published products the office marks as featured
 * (metadata.featured), oldest first, the id breaking ties (a seed creates many in one instant). Only ids:
 * the home page loads these few products itself instead of reading the whole catalogue to find them.
 */
export async function GET(req: MedusaRequest<unknown, StoreFeaturedProductsQueryType>, res: MedusaResponse) {
  const { limit } = req.validatedQuery as StoreFeaturedProductsQueryType
  // The product module filters JSON columns by containment; its filter type does not list metadata.
  const featured = { status: "published", metadata: { featured: true } } as FilterableProductProps
  const products = await req.scope.resolve(Modules.PRODUCT).listProducts(featured, { select: ["id"], take: limit, order: { created_at: "ASC", id: "ASC" } })
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ product_ids: products.map((product) => product.id) })
}
