import "server-only"
import { cookies } from "next/headers"

/** The cart id lives only in this HttpOnly cookie: no script can read it, no request body sets it. */
const CART_COOKIE = "mj_cart"
const CART_ID = /^cart_[0-9A-Z]{26}$/
/** See markCartChanged. */
const CART_REVISION_COOKIE = "mj_cart_rev"

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
  const jar = await cookies()
  jar.delete(CART_COOKIE)
  jar.delete(CART_REVISION_COOKIE)
}

/**
 * Changed on every change of the cart's contents. Chromium keeps pages sent with no-store in its
 * back/forward cache and shows them again on Back, header count included, unless a cookie of the
 * site changed in between: adding to a cart that already exists changes no other cookie, so Back
 * showed the count from before. A new value here makes the browser load those pages afresh.
 */
export async function markCartChanged(): Promise<void> {
  ;(await cookies()).set(CART_REVISION_COOKIE, cartRevision(), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 30 * 86_400,
  })
}

/** A value that differs from the previous one (time in base 36, plus randomness for two changes in one millisecond). */
const cartRevision = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
