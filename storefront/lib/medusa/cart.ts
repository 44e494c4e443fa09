import "server-only"
import type { Locale } from "../../i18n/routing"
import { cartIdFromCookie } from "../cart/cart-cookie"
import { cartView, type CartView, type MedusaCart } from "../cart/cart-view"
import { medusa } from "./client"
import { isNotFound } from "./errors"

export const CART_FIELDS =
  "id,email,completed_at,total,item_total,shipping_total,tax_total,metadata,region_id,*shipping_address,*shipping_methods," +
  "*items,*items.product,+items.product.metadata,*items.variant,+items.variant.inventory_quantity,+items.variant.manage_inventory"

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

export async function currentCart(locale: Locale): Promise<CartView | null> {
  const cart = await currentMedusaCart()
  return cart && !cart.completed_at ? cartView(cart, locale) : null
}
