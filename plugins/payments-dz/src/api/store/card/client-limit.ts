import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { answerTooMany, consumeLimit, limitStatus, sharedLimiter } from "@mj-chauffage/shop-kernel/server/rate-limit"

/**
 * How many card pages one client (its address, see client-address.ts) may open, whatever the cart:
 * a script that makes carts to get around the per-cart allowance still stops here. Only pages
 * actually opened count (a refused captcha costs the client nothing, so junk requests from others
 * behind the same mobile-carrier address cannot use up its allowance). Generous enough for a family
 * or an office behind one address.
 */
export const CARD_PAGES_PER_CLIENT = { name: "card-pages-per-client", points: 10, durationSeconds: 15 * 60 }
/** Captcha challenges cost the server one proof-of-work try each: a client gets this many per window. */
export const CHALLENGES_PER_CLIENT = { name: "card-challenges-per-client", points: 30, durationSeconds: 15 * 60 }

/** Before opening a page: refused once the client has opened its allowance (nothing is counted here). */
export async function limitCardPagesPerClient(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const verdict = await limitStatus(sharedLimiter(CARD_PAGES_PER_CLIENT), clientAddress(req))
  if (verdict.allowed) return next()
  answerTooMany(res, verdict.retryAfterSeconds, refusal("card_page_client_limit"), "Too many card payment pages were opened from this connection: try again later, or choose cash on delivery.")
}

/** After a page was opened: counts it for the client. */
export async function countCardPageForClient(req: MedusaRequest): Promise<void> {
  await consumeLimit(sharedLimiter(CARD_PAGES_PER_CLIENT), clientAddress(req))
}

/** Each challenge handed out counts. */
export async function limitChallengesPerClient(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const verdict = await consumeLimit(sharedLimiter(CHALLENGES_PER_CLIENT), clientAddress(req))
  if (verdict.allowed) return next()
  answerTooMany(res, verdict.retryAfterSeconds, refusal("card_challenge_client_limit"), "Too many anti-robot checks were asked for from this connection: try again later, or choose cash on delivery.")
}
