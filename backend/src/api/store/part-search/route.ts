import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { SEARCH_CACHE_SECONDS, searchCacheKey } from "../../../lib/catalogue/search-cache"
import { mergeHits, searchPlan } from "../../../lib/catalogue/search-plan"
import type { StorePartSearchQueryType } from "./validators"

/**
 * GET /store/part-search?q=…&limit=24: ids of the published products of the key's sales channel
 * matching a part number, a part name (French or Arabic), a brand or a boiler model, best first.
 * The storefront loads the products (with prices and stock) itself. Answers are cached for a few
 * seconds per query and sales channel (Redis in production) and dropped when the catalogue changes.
 */
export async function GET(req: MedusaStoreRequest<unknown, StorePartSearchQueryType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StorePartSearchQueryType
  const plan = searchPlan(q)
  const channels = req.publishable_key_context.sales_channel_ids
  const cache = req.scope.resolve(Modules.CACHE)
  const cacheKey = searchCacheKey(channels, limit, plan)
  const cached = await cache.get<string[]>(cacheKey)
  if (cached) {
    res.setHeader("Cache-Control", `public, max-age=${SEARCH_CACHE_SECONDS}`)
    res.json({ product_ids: cached })
    return
  }
  const searchModule = req.scope.resolve(Modules.SEARCH)
  const scope = { status: "published", sales_channel_ids: { $in: channels } }
  const ids = async (filters: Record<string, unknown>, options: SearchTypes.SearchQuery["search_options"]) => {
    const result = await searchModule.search({
      entity: "product",
      fields: ["id"],
      filters: { ...scope, ...filters } as SearchTypes.SearchQuery["filters"],
      pagination: { skip: 0, take: limit },
      search_options: { count: "none", ...options },
    })
    return result.hits.map((hit) => hit.id)
  }
  const [partHits, wordHits] = await Promise.all([
    plan.partNumber ? ids({ q: plan.partNumber }, { attributes_to_search_on: ["part_numbers"], match_strategy: "last" }) : [],
    ids({ q: plan.words }, { match_strategy: "all" }),
  ])
  let found = mergeHits(partHits, wordHits, limit)
  // Nothing matched word for word (a typo, an Arabic word with a prefix): try close spellings.
  if (!found.length) found = await ids({ q: plan.words }, { match_strategy: "any", typo_tolerance: true })
  await cache.set(cacheKey, found, SEARCH_CACHE_SECONDS)
  res.setHeader("Cache-Control", `public, max-age=${SEARCH_CACHE_SECONDS}`)
  res.json({ product_ids: found })
}
