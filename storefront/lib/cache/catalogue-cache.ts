import { LRUCache } from "lru-cache"

/**
 * The storefront's one cache of catalogue reads, per server process (lru-cache). A value is fresh
 * for `freshMs`; after that the first reader starts one refresh and every reader keeps the previous
 * value meanwhile (Next's data cache refreshed a stale entry once per *request* that saw it: under
 * load, thousands of identical calls a minute to Medusa, see bench/README.md). A value older than
 * `maxAgeMs` is not served: readers wait for the refresh. Medusa's catalogue subscriber empties the
 * cache through POST /api/revalidate as soon as a product, price or stock changes.
 */
export type CatalogueCacheOptions = {
  freshMs: number
  maxAgeMs: number
  /** Least recently read entries are dropped beyond this many keys (search results make many). */
  maxEntries: number
  now?: () => number
}

/** Reads the value from Medusa; the signal aborts it when the cache is emptied meanwhile. */
export type CatalogueLoad<T extends object> = (signal: AbortSignal) => Promise<T>

export type CatalogueCache = ReturnType<typeof createCatalogueCache>

export function createCatalogueCache({ freshMs, maxAgeMs, maxEntries, now = () => performance.now() }: CatalogueCacheOptions) {
  const entries = new LRUCache<string, object, CatalogueLoad<object>>({
    max: maxEntries,
    ttl: freshMs,
    allowStale: true,
    // A failed refresh keeps the previous value (still stale, so the next read tries again); a
    // reader that was waiting for it gets the error.
    noDeleteOnFetchRejection: true,
    fetchMethod: (_key, _previous, { signal, context }) => context(signal),
    // Staleness is judged on every read, not on a clock cached for a millisecond.
    ttlResolution: 0,
    perf: { now },
  })
  let clears = 0

  async function read<T extends object>(key: string, load: CatalogueLoad<T>): Promise<T> {
    const clearsBefore = clears
    // getRemainingTTL is negative once stale: by how much tells the value's age.
    const tooOld = freshMs - entries.getRemainingTTL(key) >= maxAgeMs
    try {
      const value = await entries.fetch(key, { context: load, allowStale: !tooOld })
      if (value === undefined) throw new Error(`The catalogue read ${key} gave nothing`)
      return value as T
    } catch (error) {
      // Emptied while this reader waited: the read it waited for was aborted, and its answer may
      // predate the change, so it reads again.
      if (clears !== clearsBefore) return read(key, load)
      throw error
    }
  }

  return {
    read,
    /** Forgets every value and aborts reads in flight (the catalogue changed). Returns how many were held. */
    clear(): number {
      const held = entries.size
      clears++
      entries.clear()
      return held
    },
    get size() {
      return entries.size
    },
  }
}

const PROCESS_KEY = Symbol.for("mj-chauffage.catalogue-cache")

/**
 * The process's one instance. Next bundles route handlers, pages and server actions separately
 * (one module instance each), so the instance is kept on globalThis for POST /api/revalidate to
 * empty the very cache pages read.
 */
export function processCatalogueCache(options: CatalogueCacheOptions): CatalogueCache {
  const holder = globalThis as { [PROCESS_KEY]?: CatalogueCache }
  holder[PROCESS_KEY] ??= createCatalogueCache(options)
  return holder[PROCESS_KEY]
}
