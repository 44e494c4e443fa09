/**
 * The product search index (Medusa's Search Module, PostgreSQL provider): titles in French and
 * Arabic, brand, category, compatible boiler models, and every part number normalised
 * (lib/catalogue/part-search.ts) so "S1068900", "s-106 8900" and "S1.068.900" meet.
 * Kept current by product and variant events; filled on the worker's first start.
 */
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_EVENTS, productSearchDocument, type SearchableProductRow } from "../lib/catalogue/search-document"

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_ar: search.text().searchable({ weight: 3 }),
  brand: search.text().searchable({ weight: 2 }),
  category: search.text().searchable(),
  models: search.text().searchable({ weight: 2 }).array(),
  description: search.text().searchable(),
  part_numbers: search.keyword().searchable({ weight: 3 }).filterable().array(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().filterable().array(),
})

const source = {
  fields: [
    "id",
    "title",
    "description",
    "status",
    "metadata",
    "collection.title",
    "categories.name",
    "categories.metadata",
    "variants.sku",
    "variants.metadata",
    "sales_channels.id",
  ],
  transform: (rows: SearchableProductRow[]) => rows.map(productSearchDocument),
}

type Event = { name: string; data: { id?: string | string[] } }
type Container = { query: { graph(input: object): Promise<{ data: { product_id: string }[] }> } }

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({
    ...source,
    // A variant event re-indexes its product; only a product's own deletion removes the document.
    resolve_ids: async (event: Event, context: unknown) => {
      if (!event.name.startsWith("product-variant.")) return event.data.id
      const { container } = context as { container: Container }
      const { data } = await container.query.graph({
        entity: "product_variant",
        fields: ["product_id"],
        filters: { id: event.data.id },
        withDeleted: true,
      })
      return data.map((variant) => variant.product_id)
    },
    is_delete: (event: Event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
