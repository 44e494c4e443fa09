import { cartIdFromCookie } from "../../../../lib/cart/cart-cookie"
import { captchaChallengeFor } from "../../../../lib/medusa/card-payment"

/** The pay step's captcha widget fetches its challenge here: one for the visitor's own cart. */
export async function GET() {
  const cartId = await cartIdFromCookie()
  if (!cartId) return Response.json({ message: "No cart" }, { status: 404 })
  const challenge = await captchaChallengeFor(cartId)
  return Response.json(challenge, { headers: { "cache-control": "no-store" } })
}
