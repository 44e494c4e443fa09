import { z } from "@medusajs/framework/zod"

export const StoreBestSellersQuery = z.object({ limit: z.coerce.number().int().min(1).max(24).default(8) })
export type StoreBestSellersQueryType = z.infer<typeof StoreBestSellersQuery>
