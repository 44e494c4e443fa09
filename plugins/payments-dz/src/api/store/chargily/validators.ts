import { z } from "@medusajs/framework/zod"
import { CHARGILY_PAYMENT_METHODS } from "../../../lib/chargily/checkout-status"
import { CaptchaAnswer } from "../card/validators"

export const StoreStartChargilyCheckout = z
  .object({
    cart_id: z.string().min(1, "cart_id is required").max(100),
    // The storefront's page language: Chargily's page and the return page keep it.
    locale: z.enum(["fr", "ar"]),
    payment_method: z.enum(CHARGILY_PAYMENT_METHODS).default("edahabia"),
    captcha: CaptchaAnswer,
  })
  .strict()
export type StoreStartChargilyCheckoutType = z.infer<typeof StoreStartChargilyCheckout>

// Our checkout record's id, as the return page's ?ref= carries it.
export const StoreSettleChargilyCheckout = z.object({ reference: z.string().regex(/^chkpay_[0-9A-Z]{26}$/, "reference is not an online payment reference") }).strict()
export type StoreSettleChargilyCheckoutType = z.infer<typeof StoreSettleChargilyCheckout>
