import type { Locale } from "../../i18n/routing"
import { optionValueIn } from "@mj-chauffage/shop-kernel/option-words"
import { stockState, type StockState } from "../catalogue/stock-state"

export type MedusaCart = {
  id: string
  email?: string | null
  completed_at?: string | null
  region_id?: string | null
  total?: number | null
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  metadata?: Record<string, unknown> | null
  shipping_address?: MedusaAddress | null
  shipping_methods?: { id: string; name: string; amount: number; shipping_option_id?: string | null; data?: Record<string, unknown> | null }[] | null
  items?: MedusaCartLine[] | null
}

export type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

export type MedusaCartLine = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  product_title?: string | null
  product_handle?: string | null
  variant_title?: string | null
  variant?: { manage_inventory?: boolean | null; inventory_quantity?: number | null } | null
}

export type CartLineView = {
  id: string
  title: string
  variant: string | null
  handle: string | null
  quantity: number
  unitPrice: number
  total: number
  stock: StockState
}

export type CartView = {
  lines: CartLineView[]
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
}

/** What Medusa's variant route says of a variant's stock (inventory_quantity for the sales channel). */
export type VariantStock = { id: string; manage_inventory?: boolean | null; inventory_quantity?: number | null }

/** The cart with each line's variant stock as the variant route gave it; lines it did not cover keep no quantity. */
export function withVariantStock(cart: MedusaCart, stock: VariantStock[]): MedusaCart {
  const byId = new Map(stock.map((variant) => [variant.id, variant]))
  return {
    ...cart,
    items: (cart.items ?? []).map((item) => {
      const known = item.variant_id ? byId.get(item.variant_id) : undefined
      return known ? { ...item, variant: { manage_inventory: known.manage_inventory, inventory_quantity: known.inventory_quantity } } : item
    }),
  }
}

/** A variant's name worth showing, in the page's language: not Medusa's placeholder for single-version products. */
export const shownVariantTitle = (title: string | null | undefined, locale: Locale): string | null =>
  title && !["Standard", "Default variant"].includes(title) ? optionValueIn(title, locale) : null

/**
 * Lines of the cart in the page's language, with what the warehouse can still serve. A line keeps the
 * French title of when it was added; `productTitles` (product id → title in the page's language, read
 * from the catalogue) replaces it, and a product it lacks keeps the line's own.
 */
export function cartView(cart: MedusaCart, locale: Locale, productTitles: ReadonlyMap<string, string> = new Map()): CartView {
  const lines = (cart.items ?? []).map((item) => {
    const translated = item.product_id ? productTitles.get(item.product_id) : undefined
    return {
      id: item.id,
      title: translated || item.product_title || "",
      variant: shownVariantTitle(item.variant_title, locale),
      handle: item.product_handle ?? null,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total ?? item.unit_price * item.quantity,
      stock: stockState(item.variant ?? {}),
    }
  })
  return {
    lines,
    itemTotal: cart.item_total ?? 0,
    shippingTotal: cart.shipping_total ?? 0,
    taxTotal: cart.tax_total ?? 0,
    total: cart.total ?? 0,
  }
}
