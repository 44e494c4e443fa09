import { cartIdFromCookie } from "../../../../lib/cart/cart-cookie"
import { captchaChallengeFor } from "../../../../lib/medusa/card-payment"
import { medusaFailure } from "../../../../lib/medusa/errors"
import { shopperAddress } from "../../../../lib/security/shopper-address"

/**
 * The pay step's captcha widget fetches its challenge here: one for the visitor's own cart, while
 * that cart can still open a card page (Medusa's refusal status is passed on, never a 500).
 */
export async function GET(request: Request) {
  const cartId = await cartIdFromCookie()
  if (!cartId) return Response.json({ message: "No cart" }, { status: 404 })
  try {
    const challenge = await captchaChallengeFor(cartId, shopperAddress(request.headers.get("x-forwarded-for")))
    return Response.json(challenge, { headers: { "cache-control": "no-store" } })
  } catch (error) {
    const { status } = medusaFailure(error)
    if (status >= 400 && status < 500) return Response.json({ message: "No challenge for this cart" }, { status, headers: { "cache-control": "no-store" } })
    throw error
  }
}
