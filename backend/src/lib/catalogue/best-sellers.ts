/** Best sellers: products ranked by units ordered (ties: the product id, so the order is stable). */
export const BEST_SELLER_DAYS = 90

export type SoldLine = { product_id: string | null; quantity: number }

export function rankBestSellers(lines: SoldLine[], limit: number): string[] {
  const units = new Map<string, number>()
  for (const line of lines) {
    if (!line.product_id || !(line.quantity > 0)) continue
    units.set(line.product_id, (units.get(line.product_id) ?? 0) + line.quantity)
  }
  return [...units.entries()]
    .sort(([idA, unitsA], [idB, unitsB]) => unitsB - unitsA || idA.localeCompare(idB))
    .slice(0, limit)
    .map(([id]) => id)
}
