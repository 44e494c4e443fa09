import "server-only"
import type { Locale } from "../../i18n/routing"
import { cartIdFromCookie } from "../cart/cart-cookie"
import { cartView, withVariantStock, type CartView, type MedusaCart, type VariantStock } from "../cart/cart-view"
import { productTitles } from "./catalogue"
import { medusa } from "./client"
import { isNotFound } from "./errors"

// Medusa computes a variant's inventory_quantity only on its product and variant routes, never on
// a cart's lines: the cart page asks the variant route for it (variantStock below).
export const CART_FIELDS =
  "id,email,completed_at,total,item_total,shipping_total,tax_total,metadata,region_id,*shipping_address,*shipping_methods," +
  "*items"

/** The visitor's cart from the cookie with `fields`; null when there is none (or it was deleted). */
async function cookieCart(fields: string): Promise<MedusaCart | null> {
  const cartId = await cartIdFromCookie()
  if (!cartId) return null
  try {
    const { cart } = await medusa.store.cart.retrieve(cartId, { fields })
    return cart as unknown as MedusaCart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The visitor's cart as Medusa has it, with its lines, totals, address and delivery. */
export const currentMedusaCart = () => cookieCart(CART_FIELDS)

/** Units in the open cart, for the header of every page: two fields, not the whole cart. */
export async function cartItemCount(): Promise<number> {
  const cart = await cookieCart("completed_at,items.quantity")
  return cart && !cart.completed_at ? (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0) : 0
}

/**
 * Live stock of the cart's variants (never cached: the cart page says what can still be served),
 * from the Store API's variant route, which computes inventory_quantity for the publishable key's
 * sales channel. A variant it does not return stays unknown, never "out of stock".
 */
async function variantStock(variantIds: string[]): Promise<VariantStock[]> {
  if (!variantIds.length) return []
  const { variants } = await medusa.client.fetch<{ variants: VariantStock[] }>("/store/product-variants", {
    query: { id: variantIds, fields: "id,manage_inventory,inventory_quantity", limit: variantIds.length },
    cache: "no-store",
  })
  return variants
}

/** The titles of the cart's products in the page's language, for cartView (a line carries the French title it was added with). */
export function cartProductTitles(cart: MedusaCart, locale: Locale): Promise<Map<string, string>> {
  return productTitles((cart.items ?? []).map((item) => item.product_id).filter((id): id is string => Boolean(id)), locale)
}

export async function currentCart(locale: Locale): Promise<CartView | null> {
  const cart = await currentMedusaCart()
  if (!cart || cart.completed_at) return null
  const ids = [...new Set((cart.items ?? []).map((item) => item.variant_id).filter((id): id is string => Boolean(id)))]
  // Stock is a hint on this page (Medusa checks it again when ordering): an unreadable stock shows no badge.
  const [stock, titles] = await Promise.all([variantStock(ids).catch(() => []), cartProductTitles(cart, locale)])
  return cartView(withVariantStock(cart, stock), locale, titles)
}
