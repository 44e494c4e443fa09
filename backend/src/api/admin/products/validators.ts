import { z } from "@medusajs/framework/zod"
import { MAX_REFERENCES } from "../../../lib/catalogue/product-references"

// The shape only: each value's form and the duplicates are the workflow's refusals, with their own codes.
const values = z.array(z.string().max(200)).max(MAX_REFERENCES, `At most ${MAX_REFERENCES} values per list`)

export const AdminProductReferences = z.object({ part_numbers: values, compatible_models: values }).strict()
export type AdminProductReferencesType = z.infer<typeof AdminProductReferences>
