import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { checkBaridpayAmount } from "../../../lib/baridpay/amount-limits"
import { BARIDPAY_PROVIDER_ID } from "../../../lib/provider-ids"

const MESSAGES = {
  baridpay_amount_too_low: "BaridPay takes at least 100 DA per payment.",
  baridpay_amount_too_high: "BaridPay takes at most 500 000 DA a day: choose another payment method.",
} as const

/**
 * Choosing BaridPay at checkout (POST /store/payment-collections/:id/payment-sessions): refused
 * under 100 DA and over Algérie Poste's 500 000 DA daily cap, before the order can be placed.
 */
export async function refuseBaridpayOutsideLimits(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if ((req.body as { provider_id?: unknown } | undefined)?.provider_id !== BARIDPAY_PROVIDER_ID) return next()
  const [collection] = await req.scope.resolve(Modules.PAYMENT).listPaymentCollections({ id: req.params.id }, { select: ["id", "amount"] })
  // An unknown collection is Medusa's route's to refuse.
  if (!collection) return next()
  const check = checkBaridpayAmount(Number(collection.amount))
  if (check.ok) return next()
  res.status(400).json(refusalBody("not_allowed", check.code, MESSAGES[check.code]))
}
