import type { SearchPlan } from "./search-plan"

/** What customers type repeats (a popular part number): answers are kept this long (seconds). */
export const SEARCH_CACHE_SECONDS = 10
/** Every cached answer starts so; a catalogue change drops them all (src/subscribers/search-cache.ts). */
export const SEARCH_CACHE_PREFIX = "part-search:"

/** One answer per sales channels, limit and query (case does not matter; the part number follows from the words). */
export function searchCacheKey(channels: string[], limit: number, plan: SearchPlan): string {
  return `${SEARCH_CACHE_PREFIX}${[...channels].sort().join(",")}:${limit}:${plan.words.toLowerCase()}`
}
