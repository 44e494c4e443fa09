import { LRUCache } from "lru-cache"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productSearchDocument, SEARCHABLE_PRODUCT_FIELDS, type SearchableProductRow } from "./search-document"
import { buildVocabulary, type Vocabulary } from "./word-correction"

/**
 * How long a server keeps the catalogue's words before reading them again: a misspelt word of a part
 * added since is corrected at most this late (typed right, it is found at once). Read in the background
 * while the previous words keep serving, one read at a time per server.
 */
export const VOCABULARY_SECONDS = 300

type Graph = (input: object) => Promise<{ data: unknown[] }>

/** Every word a published product's search document holds, as the index holds it. */
async function readVocabulary(graph: Graph): Promise<Vocabulary> {
  const { data } = await graph({ entity: "product", fields: SEARCHABLE_PRODUCT_FIELDS, filters: { status: "published" } })
  const documents = (data as SearchableProductRow[]).map(productSearchDocument)
  return buildVocabulary(documents.flatMap((document) => [document.title, document.title_ar, document.brand, document.category, ...document.models, document.description]))
}

const vocabularies = new LRUCache<"catalogue", Vocabulary, Graph>({
  max: 1,
  ttl: VOCABULARY_SECONDS * 1000,
  allowStale: true,
  noDeleteOnStaleGet: true,
  fetchMethod: (_key, _stale, { context }) => readVocabulary(context),
})

export async function searchVocabulary(container: { resolve<T>(key: string): T }): Promise<Vocabulary> {
  const query = container.resolve<{ graph: Graph }>(ContainerRegistrationKeys.QUERY)
  return (await vocabularies.fetch("catalogue", { context: (input) => query.graph(input) }))!
}
