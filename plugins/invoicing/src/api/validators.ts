import { z } from "@medusajs/framework/zod"

/** The PDF's language; the order's when not given. (Not `locale`: Medusa takes that one for its translations.) */
export const InvoicePdfQuery = z.object({ lang: z.enum(["fr", "ar"]).optional() }).strict()
export type InvoicePdfQuery = z.infer<typeof InvoicePdfQuery>

export const OrderInvoicesQuery = z.object({ order_id: z.string().min(1).max(100) }).strict()
export type OrderInvoicesQuery = z.infer<typeof OrderInvoicesQuery>

export const LinkInvoicesQuery = z.object({}).strict()
