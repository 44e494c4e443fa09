import { z } from "@medusajs/framework/zod"

export const StoreFeaturedProductsQuery = z.object({ limit: z.coerce.number().int().min(1).max(24).default(12) })
export type StoreFeaturedProductsQueryType = z.infer<typeof StoreFeaturedProductsQuery>
