import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { filterOutInternalProductCategories, wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import { prepareInventoryQuantityFields, wrapVariantsWithInventoryQuantityForSalesChannel } from "@medusajs/medusa/api/utils/middlewares/index"

type VariantsWithStock = Parameters<typeof wrapVariantsWithInventoryQuantityForSalesChannel>[1]

/**
 * GET /store/products/:id — Medusa 2.21's own route (same middlewares, fields, filters and answer),
 * registered again at its path (Medusa's route loader keeps the last one registered) for one change:
 * the product is read through Medusa's query cache, as Medusa's product list already is. Without it a
 * product page cost ~4× the ORM work of a cached list page and ran at 0.76× bare Medusa's throughput
 * (bench/README.md). The cache is cleared by Medusa's own product, price and inventory events (backend/src/config/redis.ts:
 * at most 60 s for a change no event reaches); stock is added after the read by Medusa's availability helper,
 * which keeps its own cache entry cleared by the inventory and reservation events.
 */
export async function GET(req: MedusaStoreRequest<HttpTypes.StoreProductParams>, res: MedusaResponse<HttpTypes.StoreProductResponse>) {
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(req.queryConfig.fields, { relation: "variants" })
  req.queryConfig.fields = fields
  const context: Record<string, Record<string, unknown>> = {}
  if (req.pricingContext) context.variants = { calculated_price: QueryContext(req.pricingContext) }
  const includesCategoriesField = fields.some((field: string) => field.startsWith("categories"))
  if (!fields.includes("categories.is_internal")) fields.push("categories.is_internal")

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph(
    { entity: "product", filters: { id: req.params.id, ...req.filterableFields }, context, fields },
    { cache: { enable: true }, locale: req.locale }
  )
  // Query's generated entity type, not the Store's answer type: Medusa's own route passes it on as is.
  const product = products[0] as unknown as HttpTypes.StoreProduct | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  if (withInventoryQuantity) await wrapVariantsWithInventoryQuantityForSalesChannel(req, (product.variants ?? []) as VariantsWithStock)
  if (includesCategoriesField) filterOutInternalProductCategories([product])
  await wrapProductsWithTaxPrices(req, [product])
  res.json({ product })
}
