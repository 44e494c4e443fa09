import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * The one Medusa client, used only on the server. It holds no customer state ("nostore"): a
 * customer's token, when there is one, is passed per call from our HttpOnly cookie.
 */
export const medusa = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/**
 * Catalogue reads are cached for a minute at the data level. The tag names the group for a future
 * revalidation hook from Medusa; nothing revalidates it yet, so a change shows within the minute.
 */
export const CATALOGUE_CACHE: { next: { revalidate: number; tags: string[] } } = { next: { revalidate: 60, tags: ["catalogue"] } }
