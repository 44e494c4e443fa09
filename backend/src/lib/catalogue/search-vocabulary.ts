import { LRUCache } from "lru-cache"
import { Modules } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { ProductSearchDocument } from "./search-document"
import { buildVocabulary, type Vocabulary } from "./word-correction"

/**
 * How long a server keeps the catalogue's words before reading them again: a misspelt word of a part
 * added since is corrected at most this late (typed right, it is found at once). Read in the background
 * while the previous words keep serving, one read at a time per server.
 */
export const VOCABULARY_SECONDS = 300

/** Documents read per call: the whole index in a few calls. */
const PAGE = 1000

/** The texts of a document that hold words a customer types (part numbers are matched whole, not spelt). */
export const VOCABULARY_FIELDS = ["title", "title_ar", "brand", "category", "models", "description"] as const

type SearchModule = { search(query: SearchTypes.SearchQuery): Promise<{ hits: Array<{ document?: Record<string, unknown> }> }> }
type WordDocument = Partial<Pick<ProductSearchDocument, (typeof VOCABULARY_FIELDS)[number]>>

/**
 * Every word a published product's search document holds, read from the search index itself (the same
 * texts the full-text match runs on). Reading the products through Query instead took 14.3 s at 5 073
 * products, and the first misspelt search of a server waited for it (bench/README.md, bench:catalogue-http).
 */
async function readVocabulary(search: SearchModule): Promise<Vocabulary> {
  const texts: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { hits } = await search.search({
      entity: "product",
      fields: [...VOCABULARY_FIELDS],
      filters: { status: "published" } as SearchTypes.SearchQuery["filters"],
      pagination: { skip, take: PAGE },
      search_options: { count: "none" },
    })
    for (const hit of hits) {
      const document = (hit.document ?? {}) as WordDocument
      for (const field of VOCABULARY_FIELDS) texts.push(...[document[field] ?? []].flat())
    }
    if (hits.length < PAGE) break
  }
  return buildVocabulary(texts)
}

const vocabularies = new LRUCache<"catalogue", Vocabulary, SearchModule>({
  max: 1,
  ttl: VOCABULARY_SECONDS * 1000,
  allowStale: true,
  noDeleteOnStaleGet: true,
  fetchMethod: (_key, _stale, { context }) => readVocabulary(context),
})

export async function searchVocabulary(container: { resolve<T>(key: string): T }): Promise<Vocabulary> {
  return (await vocabularies.fetch("catalogue", { context: container.resolve<SearchModule>(Modules.SEARCH) }))!
}
