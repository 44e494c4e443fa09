import { z } from "@medusajs/framework/zod"

/**
 * SATIM's callback (the dynamicCallbackUrl set up with SATIM): its order id in `mdOrder`, plus fields
 * (orderNumber, operation, status, checksum) that are ignored, since SATIM is asked again anyway.
 */
export const SatimCallbackQuery = z
  .object({
    mdOrder: z.string().min(1, "mdOrder is required").max(100, "mdOrder is too long"),
  })
  .passthrough()
  // A transformed schema is not made strict by Medusa's validator: SATIM's other fields are let through, then dropped.
  .transform(({ mdOrder }) => ({ mdOrder }))
export type SatimCallbackQueryType = z.infer<typeof SatimCallbackQuery>
