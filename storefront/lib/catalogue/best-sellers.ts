import type { ProductView } from "./product-view"

/**
 * The home's best sellers: the parts sold most (ids from Medusa, best first) found in the catalogue,
 * topped up with the parts the shop features while there is little order history.
 */
export function bestSellersFrom(catalogue: ProductView[], soldIds: string[], limit: number): ProductView[] {
  const byId = new Map(catalogue.map((product) => [product.id, product]))
  const sold = soldIds.map((id) => byId.get(id)).filter((product): product is ProductView => Boolean(product))
  const featured = catalogue.filter((product) => product.featured && !sold.includes(product))
  return [...sold, ...featured].slice(0, limit)
}
