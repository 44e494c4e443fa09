import { z } from "@medusajs/framework/zod"
import { SATIM_ORDER_ID_PATTERN } from "../../../lib/satim/order-id"

/**
 * SATIM's callback (the dynamicCallbackUrl set up with SATIM): its order id in `mdOrder`, plus fields
 * (orderNumber, operation, status, checksum) that are ignored, since SATIM is asked again anyway.
 */
export const SatimCallbackQuery = z
  .object({
    mdOrder: z.string({ error: "mdOrder is required" }).regex(SATIM_ORDER_ID_PATTERN, "mdOrder is not a SATIM order id"),
  })
  .passthrough()
  // A transformed schema is not made strict by Medusa's validator: SATIM's other fields are let through, then dropped.
  .transform(({ mdOrder }) => ({ mdOrder }))
export type SatimCallbackQueryType = z.infer<typeof SatimCallbackQuery>
