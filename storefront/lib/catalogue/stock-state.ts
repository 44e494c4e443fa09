/**
 * What the customer is told about stock: plenty, only a few left, none, or nothing at all when
 * Medusa did not say (a read without the computed inventory quantity): an unknown quantity is never
 * shown as "out of stock", and Medusa's own stock check still guards the cart and the order.
 */
export type StockState = "in_stock" | "low_stock" | "out_of_stock" | "unknown"

/** At most this many left reads "only a few left". */
export const LOW_STOCK_THRESHOLD = 3

export function stockState(variant: { manage_inventory?: boolean | null; inventory_quantity?: number | null }): StockState {
  if (variant.manage_inventory === false) return "in_stock"
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number" || !Number.isFinite(quantity)) return "unknown"
  if (quantity <= 0) return "out_of_stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

/** A product's state is its best variant's; "unknown" is better than a known "out of stock". */
export function productStockState(states: StockState[]): StockState {
  for (const state of ["in_stock", "low_stock", "unknown"] as const) if (states.includes(state)) return state
  return "out_of_stock"
}
