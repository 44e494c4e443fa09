import { z } from "@medusajs/framework/zod"
import { MAX_QUERY_LENGTH } from "../../../lib/catalogue/search-plan"

export const StorePartSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, "Type a part number, a part name or a boiler model")
    .max(MAX_QUERY_LENGTH, `A search is at most ${MAX_QUERY_LENGTH} characters`),
  limit: z.coerce.number().int().min(1).max(50).default(24),
})
export type StorePartSearchQueryType = z.infer<typeof StorePartSearchQuery>
