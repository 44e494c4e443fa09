import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_CACHE_PREFIX } from "../lib/catalogue/search-cache"

/** A product or variant changed: cached search answers may be wrong now, so they are dropped. */
export default async function dropCachedSearches({ container }: SubscriberArgs<unknown>) {
  await container.resolve<{ invalidate(key: string): Promise<void> }>(Modules.CACHE).invalidate(`${SEARCH_CACHE_PREFIX}*`)
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "product-variant.created", "product-variant.updated", "product-variant.deleted"],
}
