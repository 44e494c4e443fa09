import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { cardPageAllowanceOfCart } from "../../../lib/card/cart-card-pages"

/**
 * A start workflow refused by the per-cart limit (workflows/card/steps/limit-card-pages.ts) is
 * answered 429 with Retry-After, as the per-client limit is; true when the refusal was answered.
 */
export async function answerCardPageLimit(req: MedusaRequest, res: MedusaResponse, failure: { code?: string; message?: string } | undefined, cartId: string): Promise<boolean> {
  if (failure?.code !== "card_page_limit") return false
  const allowance = await cardPageAllowanceOfCart(req.scope, cartId)
  res.setHeader("Retry-After", String(allowance.allowed ? 1 : allowance.retryAfterSeconds))
  res.status(429).json(refusalBody("not_allowed", "card_page_limit", failure.message ?? ""))
  return true
}
