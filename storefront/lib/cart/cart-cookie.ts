import "server-only"
import { cookies } from "next/headers"

/** The cart id lives only in this HttpOnly cookie: no script can read it, no request body sets it. */
const CART_COOKIE = "mj_cart"
const CART_ID = /^cart_[0-9A-Z]{26}$/

export async function cartIdFromCookie(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && CART_ID.test(value) ? value : null
}

export async function rememberCart(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 30 * 86_400,
  })
}

export async function forgetCart(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}
