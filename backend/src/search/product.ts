/**
 * The product search index (Medusa's Search Module, PostgreSQL provider): titles in French and
 * Arabic (the ar-DZ translation), brand, category (both languages), compatible boiler models, and
 * every part number normalised (lib/catalogue/part-search.ts) so "S1068900", "s-106 8900" and
 * "S1.068.900" meet. Kept current by product, variant and translation events; filled on the
 * worker's first start.
 */
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_EVENTS, productSearchDocument, SEARCHABLE_PRODUCT_FIELDS, TRANSLATION_EVENTS, type SearchableProductRow } from "../lib/catalogue/search-document"

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_ar: search.text().searchable({ weight: 3 }),
  brand: search.text().searchable({ weight: 2 }),
  category: search.text().searchable(),
  models: search.text().searchable({ weight: 2 }).array(),
  description: search.text().searchable(),
  part_numbers: search.keyword().searchable({ weight: 3 }).filterable().array(),
  // Filtered by equality (indexed), never searched as text: see lib/catalogue/part-search.ts.
  part_number_prefixes: search.keyword().filterable().array(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().filterable().array(),
})

const source = {
  fields: SEARCHABLE_PRODUCT_FIELDS,
  transform: (rows: SearchableProductRow[]) => rows.map(productSearchDocument),
}

type Event = { name: string; data: { id?: string | string[] } }
type Graph = (input: object) => Promise<{ data: Record<string, unknown>[] }>
type Container = { query: { graph: Graph } }

/** The products a translation event touches: the product translated, or every product of the category translated. */
async function productsOfTranslations(graph: Graph, ids: string | string[] | undefined): Promise<string[]> {
  const { data } = await graph({ entity: "translation", fields: ["reference", "reference_id"], filters: { id: ids }, withDeleted: true })
  const rows = data as { reference: string; reference_id: string }[]
  const productIds = rows.filter((row) => row.reference === "product").map((row) => row.reference_id)
  const categoryIds = rows.filter((row) => row.reference === "product_category").map((row) => row.reference_id)
  if (categoryIds.length) {
    const { data: categories } = await graph({ entity: "product_category", fields: ["products.id"], filters: { id: categoryIds } })
    for (const category of categories as { products?: { id: string }[] | null }[]) productIds.push(...(category.products ?? []).map((product) => product.id))
  }
  return [...new Set(productIds)]
}

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: [...PRODUCT_SEARCH_EVENTS, ...TRANSLATION_EVENTS],
  consume: graphConsume({
    ...source,
    // A variant or translation event re-indexes its products; only a product's own deletion removes the document.
    resolve_ids: async (event: Event, context: unknown) => {
      const { container } = context as { container: Container }
      if (event.name.startsWith("translation.")) return productsOfTranslations((input) => container.query.graph(input), event.data.id)
      if (!event.name.startsWith("product-variant.")) return event.data.id
      const { data } = await container.query.graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: event.data.id },
        withDeleted: true,
      })
      return (data as { product_id: string }[]).map((variant) => variant.product_id)
    },
    is_delete: (event: Event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
