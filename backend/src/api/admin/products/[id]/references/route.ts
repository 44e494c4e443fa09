import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductReferencesWorkflow } from "../../../../../workflows/set-product-references"
import type { AdminProductReferencesType } from "../../validators"

/**
 * POST /admin/products/:id/references {part_numbers, compatible_models}: replace the product's
 * manufacturer part numbers and compatible boiler models (the product page's widget). Answers the
 * lists as saved (spaces tidied).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminProductReferencesType>, res: MedusaResponse) {
  const { result } = await setProductReferencesWorkflow(req.scope).run({ input: { product_id: req.params.id, ...req.validatedBody } })
  res.json(result)
}
