/**
 * One copy per server process of a read many requests share (the catalogue), refreshed by one
 * call at a time. Next's data cache revalidates a stale entry once per *request* that sees it, so
 * under load every expiry sent a wave of identical calls to Medusa (thousands a minute, measured in
 * bench/README.md); here the first caller after `freshMs` starts the one refresh and everyone keeps
 * the previous value meanwhile. A value older than `maxAgeMs` is not served: callers wait for it.
 */
export type SharedReadOptions = {
  freshMs: number
  maxAgeMs: number
  /** Oldest-used entries are dropped beyond this many keys (search results make many). */
  maxEntries: number
  now?: () => number
}

type Entry = { value?: unknown; loadedAt: number; refresh?: Promise<unknown> }

export function createSharedReads({ freshMs, maxAgeMs, maxEntries, now = Date.now }: SharedReadOptions) {
  const entries = new Map<string, Entry>()

  function touch(key: string, entry: Entry) {
    entries.delete(key)
    entries.set(key, entry)
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
  }

  function refresh<T>(entry: Entry, load: () => Promise<T>): Promise<T> {
    if (!entry.refresh) {
      entry.refresh = load()
        .then((value) => {
          entry.value = value
          entry.loadedAt = now()
          return value
        })
        .finally(() => {
          entry.refresh = undefined
        })
      // A failed background refresh keeps the previous value; the next caller tries again.
      entry.refresh.catch(() => undefined)
    }
    return entry.refresh as Promise<T>
  }

  return {
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const entry = entries.get(key) ?? { loadedAt: 0 }
      touch(key, entry)
      const age = now() - entry.loadedAt
      if ("value" in entry && age < maxAgeMs) {
        if (age >= freshMs) void refresh(entry, load).catch(() => undefined)
        return Promise.resolve(entry.value as T)
      }
      return refresh(entry, load)
    },
    /** Forgets every value (a catalogue change hook can call it). */
    clear() {
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}
