import "server-only"
import { Store } from "@medusajs/js-sdk"
import { createSharedReads } from "../cache/shared-read"
import { CodedClient } from "./coded-client"

/**
 * The one Medusa client, used only on the server: the SDK's store API over a client whose refusals
 * keep Medusa's code (coded-client.ts). It holds no customer state ("nostore"): a customer's token,
 * when there is one, is passed per call from our HttpOnly cookie.
 */
const client = new CodedClient({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
export const medusa = { client, store: new Store(client) }

/**
 * Catalogue reads are cached for a minute at the data level. The tag names the group for a future
 * revalidation hook from Medusa; nothing revalidates it yet, so a change shows within the minute.
 */
const CATALOGUE_CACHE: { next: { revalidate: number; tags: string[] } } = { next: { revalidate: 60, tags: ["catalogue"] } }

/**
 * The catalogue as this server process holds it: fresh for 30 s, then refreshed by one call while
 * pages keep the previous copy (Next's data cache revalidates once per request that sees a stale
 * entry, which under load sent every catalogue call again). Never older than 10 minutes; the 500
 * most recently read lists (search results included).
 */
export const catalogueReads = createSharedReads({ freshMs: 30_000, maxAgeMs: 600_000, maxEntries: 500 })

/** A catalogue read from Medusa, shared by the process and cached by tag underneath. */
export function catalogueFetch<T>(path: string, query: Record<string, unknown>): Promise<T> {
  return catalogueReads.read(`${path}?${JSON.stringify(query)}`, () => medusa.client.fetch<T>(path, { query, ...CATALOGUE_CACHE }))
}
