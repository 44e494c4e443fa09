import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_CACHE_PREFIX } from "../lib/catalogue/search-cache"
import { PRODUCT_SEARCH_EVENTS, TRANSLATION_EVENTS } from "../lib/catalogue/search-document"

/**
 * A product, variant or translation changed: cached search answers may be wrong now, so they are dropped. The
 * index is updated by its own subscriber, in no set order with this one, so an answer cached in
 * between can stay stale until the cache's few seconds run out; this only makes it rarer.
 */
export default async function dropCachedSearches({ container }: SubscriberArgs<unknown>) {
  await container.resolve(Modules.CACHE).invalidate(`${SEARCH_CACHE_PREFIX}*`)
}

export const config: SubscriberConfig = { event: [...PRODUCT_SEARCH_EVENTS, ...TRANSLATION_EVENTS] }
