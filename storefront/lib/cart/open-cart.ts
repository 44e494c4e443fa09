import "server-only"
import type { MedusaCart } from "./cart-view"
import { forgetCart } from "./cart-cookie"
import { currentMedusaCart } from "../medusa/cart"

export type OpenCart = { cart: MedusaCart } | { problem: "none" | "ordered" }

/**
 * The visitor's cart as server actions may change it: only from the HttpOnly cookie, and only while
 * it is not an order yet. A cart already ordered (a second tab, a restored cookie) is forgotten and
 * reported, so nothing is ordered twice. For server actions only: it may delete the cookie.
 */
export async function openCart(): Promise<OpenCart> {
  const cart = await currentMedusaCart()
  if (!cart) return { problem: "none" }
  if (cart.completed_at) {
    await forgetCart()
    return { problem: "ordered" }
  }
  return { cart }
}
