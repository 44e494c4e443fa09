import { z } from "@medusajs/framework/zod"

export const AdminSatimPaymentsQuery = z.object({ order_id: z.string().min(1) }).strict()
export type AdminSatimPaymentsQueryType = z.infer<typeof AdminSatimPaymentsQuery>
