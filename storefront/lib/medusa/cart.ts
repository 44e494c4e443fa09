import "server-only"
import type { Locale } from "../../i18n/routing"
import { cartIdFromCookie } from "../cart/cart-cookie"
import { cartView, type CartView, type MedusaCart } from "../cart/cart-view"
import { medusa } from "./client"
import { isNotFound } from "./errors"

export const CART_FIELDS =
  "id,email,completed_at,total,item_total,shipping_total,tax_total,metadata,region_id,*shipping_address,*shipping_methods," +
  "*items,*items.product,+items.product.metadata,*items.variant,+items.variant.inventory_quantity,+items.variant.manage_inventory"

/** The visitor's cart from the cookie, as Medusa has it; null when there is none (or it was deleted). */
export async function currentMedusaCart(): Promise<MedusaCart | null> {
  const cartId = await cartIdFromCookie()
  if (!cartId) return null
  try {
    const { cart } = await medusa.store.cart.retrieve(cartId, { fields: CART_FIELDS })
    return cart as unknown as MedusaCart
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export async function currentCart(locale: Locale): Promise<CartView | null> {
  const cart = await currentMedusaCart()
  return cart && !cart.completed_at ? cartView(cart, locale) : null
}
