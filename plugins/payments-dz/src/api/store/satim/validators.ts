import { z } from "@medusajs/framework/zod"

export const StoreStartSatimPayment = z
  .object({
    cart_id: z.string().min(1, "cart_id is required"),
    // The storefront's page language: SATIM's card page and the return page keep it.
    locale: z.enum(["fr", "ar"]),
  })
  .strict()
export type StoreStartSatimPaymentType = z.infer<typeof StoreStartSatimPayment>

export const StoreSettleSatimPayment = z
  .object({
    // SATIM's order id, as its return URL carries it (?orderId=…).
    order_id: z.string().min(1, "order_id is required").max(100, "order_id is too long"),
  })
  .strict()
export type StoreSettleSatimPaymentType = z.infer<typeof StoreSettleSatimPayment>
