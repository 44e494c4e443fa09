import type { Locale } from "../../i18n/routing"
import { stockState, type StockState } from "../catalogue/stock-state"

export type MedusaCart = {
  id: string
  email?: string | null
  completed_at?: string | null
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

type MedusaCartLine = {
  id: string
  quantity: number
  unit_price: number
  total?: number | null
  product_title?: string | null
  product_handle?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  thumbnail?: string | null
  product?: { metadata?: Record<string, unknown> | null } | null
  variant?: { manage_inventory?: boolean | null; inventory_quantity?: number | null } | null
}

export type CartLineView = {
  id: string
  title: string
  variant: string | null
  handle: string | null
  sku: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
  stock: StockState
  available: number | null
}

export type CartView = {
  id: string
  lines: CartLineView[]
  count: number
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
  completed: boolean
}

/** Lines of the cart in the page's language, with what the warehouse can still serve. */
export function cartView(cart: MedusaCart, locale: Locale): CartView {
  const lines = (cart.items ?? []).map((item) => {
    const arabicTitle = locale === "ar" ? item.product?.metadata?.title_ar : undefined
    const variant = item.variant_title && !["Standard", "Default variant"].includes(item.variant_title) ? item.variant_title : null
    return {
      id: item.id,
      title: typeof arabicTitle === "string" && arabicTitle ? arabicTitle : item.product_title ?? "",
      variant,
      handle: item.product_handle ?? null,
      sku: item.variant_sku ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total ?? item.unit_price * item.quantity,
      stock: item.variant ? stockState(item.variant) : "in_stock",
      available: item.variant && item.variant.manage_inventory !== false ? Math.max(0, item.variant.inventory_quantity ?? 0) : null,
    }
  })
  return {
    id: cart.id,
    lines,
    count: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemTotal: cart.item_total ?? 0,
    shippingTotal: cart.shipping_total ?? 0,
    taxTotal: cart.tax_total ?? 0,
    total: cart.total ?? 0,
    completed: Boolean(cart.completed_at),
  }
}
