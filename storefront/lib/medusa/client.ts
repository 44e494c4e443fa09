import "server-only"
import { Store } from "@medusajs/js-sdk"
import { processCatalogueCache } from "../cache/catalogue-cache"
import { CodedClient } from "./coded-client"
import { pageRequestId } from "./page-request-id"

/**
 * The one Medusa client, used only on the server: the SDK's store API over a client whose refusals
 * keep Medusa's code (coded-client.ts). It holds no customer state ("nostore"): a customer's token,
 * when there is one, is passed per call from our HttpOnly cookie.
 */
const client = new CodedClient({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
  requestId: pageRequestId,
})
export const medusa = { client, store: new Store(client) }

/**
 * The catalogue as this server process holds it (lib/cache/catalogue-cache.ts): fresh for 30 s,
 * then refreshed by one call while pages keep the previous copy, never older than 10 minutes; the
 * 500 most recently read lists (search results included). Medusa empties it on every product,
 * price or stock change (POST /api/revalidate), so the 30 s only bound a missed notice.
 */
export const catalogueCache = processCatalogueCache({ freshMs: 30_000, maxAgeMs: 600_000, maxEntries: 500 })

/**
 * A catalogue read from Medusa through that cache. Next's data cache stays out of it (no-store):
 * a second cache underneath would outlive the invalidation.
 */
export function catalogueFetch<T extends object>(path: string, query: Record<string, unknown>): Promise<T> {
  return catalogueCache.read(`${path}?${JSON.stringify(query)}`, (signal) =>
    medusa.client.fetch<T>(path, { query, cache: "no-store", signal })
  )
}
