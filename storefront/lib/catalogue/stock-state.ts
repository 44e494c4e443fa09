/** What the customer is told about stock: plenty, only a few left, or none. */
export type StockState = "in_stock" | "low_stock" | "out_of_stock"

/** At most this many left reads "only a few left". */
export const LOW_STOCK_THRESHOLD = 3

export function stockState(variant: { manage_inventory?: boolean | null; inventory_quantity?: number | null }): StockState {
  if (variant.manage_inventory === false) return "in_stock"
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) return "out_of_stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

/** A product's state is its best variant's. */
export function productStockState(states: StockState[]): StockState {
  if (states.includes("in_stock")) return "in_stock"
  if (states.includes("low_stock")) return "low_stock"
  return "out_of_stock"
}
