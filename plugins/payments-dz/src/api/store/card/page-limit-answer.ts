import type { MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { CardPagesCounter } from "../../../lib/card/card-page-limit"

/**
 * A start workflow refused by the per-cart limit (workflows/card/steps/limit-card-pages.ts) is
 * answered 429 with Retry-After, as the per-client limit is; true when the refusal was answered.
 */
export async function answerCardPageLimit(res: MedusaResponse, failure: { code?: string; message?: string } | undefined, counter: CardPagesCounter, cartId: string): Promise<boolean> {
  if (failure?.code !== "card_page_limit") return false
  const allowance = await counter.cardPageAllowance(cartId)
  res.setHeader("Retry-After", String(allowance.allowed ? 1 : allowance.retryAfterSeconds))
  res.status(429).json(refusalBody("not_allowed", "card_page_limit", failure.message ?? ""))
  return true
}
