import { z } from "@medusajs/framework/zod"

/** The order page's widget: the Chargily checkouts of this order's cart. */
export const AdminChargilyCheckoutsQuery = z.object({ order_id: z.string().min(1) }).strict()
export type AdminChargilyCheckoutsQueryType = z.infer<typeof AdminChargilyCheckoutsQuery>

/** The refunds page: the payments still to give back, or those the office recorded as given back. */
export const AdminChargilyRefundsQuery = z.object({ status: z.enum(["refund_due", "refunded_manually"]).default("refund_due") }).strict()
export type AdminChargilyRefundsQueryType = z.infer<typeof AdminChargilyRefundsQuery>

/** "Refunded from Chargily's dashboard": nothing to say but the click (who and when come from the session and the clock). */
export const AdminMarkChargilyRefunded = z.object({}).strict()
export type AdminMarkChargilyRefundedType = z.infer<typeof AdminMarkChargilyRefunded>
