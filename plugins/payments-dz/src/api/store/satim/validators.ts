import { z } from "@medusajs/framework/zod"
import { SATIM_ORDER_ID_PATTERN } from "../../../lib/satim/order-id"
import { CaptchaAnswer } from "../card/validators"

export const StoreStartSatimPayment = z
  .object({
    cart_id: z.string().min(1, "cart_id is required"),
    // The storefront's page language: SATIM's card page and the return page keep it.
    locale: z.enum(["fr", "ar"]),
    captcha: CaptchaAnswer,
  })
  .strict()
export type StoreStartSatimPaymentType = z.infer<typeof StoreStartSatimPayment>

// SATIM's order id, as its return URL carries it (?orderId=…).
const satimOrderId = z.string({ error: "order_id is required" }).regex(SATIM_ORDER_ID_PATTERN, "order_id is not a SATIM order id")

export const StoreSettleSatimPayment = z.object({ order_id: satimOrderId }).strict()
export type StoreSettleSatimPaymentType = z.infer<typeof StoreSettleSatimPayment>

export const StoreSatimReceiptQuery = z.object({ order_id: satimOrderId }).strict()
export type StoreSatimReceiptQueryType = z.infer<typeof StoreSatimReceiptQuery>
