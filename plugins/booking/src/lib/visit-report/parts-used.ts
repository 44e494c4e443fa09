/**
 * The parts a technician used, from the catalogue: what goes in the report (names and prices as they
 * were), what comes out of stock, and what the customer owes. Pure: the workflow reads the catalogue
 * and writes the results.
 */
export type PartUsed = { variant_id: string; quantity: number }

export type CatalogueVariant = {
  id: string
  sku: string | null
  title: string | null
  product_title: string | null
  /** DZD price of the variant (tax included), null when it has none. */
  price: number | null
  manage_inventory: boolean
  /** Each inventory item the variant is made of, with the stock levels per location. */
  inventory: Array<{ inventory_item_id: string; required_quantity: number; levels: Array<{ location_id: string; stocked_quantity: number }> }>
}

export type ReportPart = { variant_id: string; sku: string | null; title: string; quantity: number; unit_price: number }
export type StockTake = { inventory_item_id: string; location_id: string; adjustment: number }

/** Equal variants given twice count once, with their quantities added. */
export function mergeParts(parts: PartUsed[]): PartUsed[] {
  const total = new Map<string, number>()
  for (const part of parts) total.set(part.variant_id, (total.get(part.variant_id) ?? 0) + part.quantity)
  return [...total].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}

/**
 * The report's lines, the stock to take (from the location holding the most of each item, so the van
 * or the warehouse the part came from is the likeliest), and the expected amount: the visit fee plus
 * the parts at their price. Returns the ids of unknown variants instead when there are any.
 */
export function partsUsed(
  parts: PartUsed[],
  variants: CatalogueVariant[],
  visitFee: number
): { unknown: string[] } | { lines: ReportPart[]; stock: StockTake[]; expected_amount: number } {
  const merged = mergeParts(parts)
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  const unknown = merged.filter((part) => !byId.has(part.variant_id)).map((part) => part.variant_id)
  if (unknown.length) return { unknown }
  const lines: ReportPart[] = []
  const stock: StockTake[] = []
  let expected = visitFee
  for (const part of merged) {
    const variant = byId.get(part.variant_id)!
    const unitPrice = variant.price ?? 0
    lines.push({
      variant_id: variant.id,
      sku: variant.sku,
      title: [variant.product_title, variant.title].filter(Boolean).join(" — ") || variant.id,
      quantity: part.quantity,
      unit_price: unitPrice,
    })
    expected += unitPrice * part.quantity
    if (!variant.manage_inventory) continue
    for (const item of variant.inventory) {
      const fullest = [...item.levels].sort((a, b) => b.stocked_quantity - a.stocked_quantity || a.location_id.localeCompare(b.location_id))[0]
      if (fullest) stock.push({ inventory_item_id: item.inventory_item_id, location_id: fullest.location_id, adjustment: -part.quantity * item.required_quantity })
    }
  }
  return { lines, stock, expected_amount: expected }
}
