/**
 * The office saves a product's compatible boiler models and manufacturer part numbers (the product
 * page's widget): the lists are checked (lib/catalogue/product-references.ts), then written into the
 * product's metadata through Medusa's updateProductsWorkflow, so `product.updated` fires and the
 * search index and the cached search answers follow.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { createWorkflow, transform, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { checkProductReferences, referencesMetadataPatch, type ProductReferences } from "../lib/catalogue/product-references"

export type SetProductReferencesInput = ProductReferences & { product_id: string }

type ProductRow = { id: string; variants?: ({ sku?: string | null; metadata?: Record<string, unknown> | null } | null)[] | null }

export const setProductReferencesWorkflow = createWorkflow("set-product-references", (input: WorkflowData<SetProductReferencesInput>) => {
  const references = transform({ input }, ({ input }) => {
    const checked = checkProductReferences(input)
    if (!checked.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, checked.problem.message, refusal(checked.problem.code))
    return checked.value
  })
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "variants.sku", "variants.metadata"],
    filters: { id: input.product_id },
  })
  const update = transform({ products, references }, ({ products, references }) => {
    const product = products[0] as unknown as ProductRow | undefined
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Produit introuvable", refusal("not_found"))
    return [{ id: product.id, metadata: referencesMetadataPatch(product.variants ?? [], references) }]
  })
  updateProductsWorkflow.runAsStep({ input: { products: update } })
  return new WorkflowResponse(references)
})
