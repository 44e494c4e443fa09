import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@mj-chauffage/security/lib/client-address"
import { consumeLimit, rateLimiter, type Limiter } from "@mj-chauffage/security/lib/rate-limit"

/**
 * How many card pages one client (its address, see client-address.ts) may ask for, whatever the
 * cart: a script that makes carts to get around the per-cart allowance still pays here. Generous
 * enough for a family or an office behind one mobile-carrier address.
 */
export const CARD_PAGES_PER_CLIENT = { name: "card-pages-per-client", points: 10, durationSeconds: 15 * 60 }

let limiter: Limiter | undefined

export async function limitCardPagesPerClient(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  limiter ??= rateLimiter(CARD_PAGES_PER_CLIENT)
  const verdict = await consumeLimit(limiter, clientAddress(req))
  if (verdict.allowed) return next()
  res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
  res.status(429).json({
    type: "not_allowed",
    code: "card_page_client_limit",
    message: "Too many card payment pages were asked for from this connection: try again later, or choose cash on delivery.",
  })
}
