import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress, isTrustedProxyItself } from "@mj-chauffage/shop-kernel/server/client-address"
import { answerTooMany, consumeLimit, sharedLimiter } from "@mj-chauffage/shop-kernel/server/rate-limit"
import { storeRequestsPerMinute } from "../../config/store-ceiling"

/**
 * A ceiling on Store API requests per client and minute (STORE_REQUESTS_PER_MINUTE, 300 by
 * default): far above what a person browsing does, low enough to stop a script. The storefront
 * reading the catalogue for everyone (a trusted proxy naming no client) is not one client.
 */
export async function limitStoreRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isTrustedProxyItself(req)) return next()
  const points = storeRequestsPerMinute(process.env)
  const verdict = await consumeLimit(sharedLimiter({ name: `store-requests-${points}`, points, durationSeconds: 60 }), clientAddress(req))
  if (verdict.allowed) return next()
  answerTooMany(res, verdict.retryAfterSeconds, refusal("too_many_requests"), "Too many requests from your connection: wait a moment, then try again.")
}
