import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cardCaptchaChallenge } from "../../../../lib/card/cart-card-captcha"
import { cardPageAllowanceOfCart } from "../../../../lib/card/cart-card-pages"
import { chargilyAmountRefusal } from "../../../../lib/chargily/amount"
import { cardAmountRefusal } from "../../../../lib/satim/centimes"
import type { StoreCardCaptchaQueryType } from "../validators"

type CartRow = { id: string; completed_at: string | null; total: unknown; currency_code: string; sales_channel_id: string | null }

/**
 * A captcha challenge for the pay step of this cart (ALTCHA format, valid 10 minutes, single use),
 * the same for every card gateway (SATIM's card page, Chargily's checkout), only for an open cart of
 * this shop's sales channel with an amount a card gateway can take, and only while the cart may still
 * open a card page: a challenge is never handed out for nothing. Also answered at /store/satim/captcha,
 * its address before Chargily shared it.
 */
export async function GET(req: MedusaRequest<unknown, StoreCardCaptchaQueryType>, res: MedusaResponse) {
  const cartId = req.validatedQuery.cart_id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "total", "currency_code", "sales_channel_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  const channels = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context?.sales_channel_ids ?? []
  if (!cart || !cart.sales_channel_id || !channels.includes(cart.sales_channel_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart does not exist.", refusal("cart_not_found"))
  }
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been ordered.", refusal("cart_already_ordered"))
  if (cart.currency_code?.toLowerCase() !== "dzd" || (cardAmountRefusal(cart.total) && chargilyAmountRefusal(cart.total))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has no amount a card can pay (50 DA at least).", refusal("cart_not_payable"))
  }
  const allowance = await cardPageAllowanceOfCart(req.scope, cartId)
  if (!allowance.allowed) {
    res.setHeader("Retry-After", String(allowance.retryAfterSeconds))
    res.status(429).json(refusalBody("not_allowed", "card_page_limit", "Too many card payment pages were opened for this cart: try again later, or choose cash on delivery."))
    return
  }
  res.set("cache-control", "no-store")
  res.json(await cardCaptchaChallenge(req.scope, cartId))
}
