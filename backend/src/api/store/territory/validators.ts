import { z } from "@medusajs/framework/zod"

export const WilayaCode = z.string().regex(/^\d{2}$/, "wilaya must be a 2-digit wilaya code, e.g. 16 for Alger")

export const StoreWilayaQuery = z.object({ wilaya: WilayaCode })
export type StoreWilayaQueryType = z.infer<typeof StoreWilayaQuery>
