import { z } from "@medusajs/framework/zod"

// The captcha widget's answer (base64), checked before any card gateway is called (SATIM's or Chargily's).
export const CaptchaAnswer = z.string().min(1).max(20_000)

export const StoreCardCaptchaQuery = z.object({ cart_id: z.string().min(1).max(100) }).strict()
export type StoreCardCaptchaQueryType = z.infer<typeof StoreCardCaptchaQuery>
