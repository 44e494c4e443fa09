import { searchCacheKey, SEARCH_CACHE_PREFIX } from "../search-cache"
import { searchPlan } from "../search-plan"

describe("searchCacheKey", () => {
  it("gives one key to the same search whatever the case or the order of the sales channels", () => {
    const a = searchCacheKey(["sc_2", "sc_1"], 24, searchPlan("Saunier Duval  Thema"))
    const b = searchCacheKey(["sc_1", "sc_2"], 24, searchPlan("saunier duval thema"))
    expect(a).toBe(b)
    expect(a.startsWith(SEARCH_CACHE_PREFIX)).toBe(true)
  })

  it("keeps apart other channels, limits and part numbers", () => {
    const base = searchCacheKey(["sc_1"], 24, searchPlan("S1068900"))
    expect(searchCacheKey(["sc_2"], 24, searchPlan("S1068900"))).not.toBe(base)
    expect(searchCacheKey(["sc_1"], 12, searchPlan("S1068900"))).not.toBe(base)
    expect(searchCacheKey(["sc_1"], 24, searchPlan("S1068901"))).not.toBe(base)
  })
})
