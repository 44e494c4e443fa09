/**
 * The pay step's captcha over every card gateway of the plugin: one challenge, whichever gateway the
 * customer then picks, and an answer opens one card page only, SATIM's or Chargily's (each gateway's
 * module says which answers opened its pages).
 */
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { checkPaymentCaptcha, paymentChallenge, type CaptchaCheck, type CardCaptchaKeeper, type Challenge } from "./captcha"
import { CARD_GATEWAY_MODULES } from "./cart-card-pages"

type Container = { resolve<T>(key: string): T }

const keepers = (container: Container) => CARD_GATEWAY_MODULES.map((key) => container.resolve<CardCaptchaKeeper>(key))

/** The signing key, while some card gateway can take payments: no gateway, no challenge. */
function captchaKey(container: Container): string {
  const key = keepers(container)
    .map((keeper) => keeper.captchaKey())
    .find(Boolean)
  if (!key) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payment is not configured on this shop.", refusal("card_payment_unavailable"))
  return key
}

/** A challenge bound to this cart, for the pay step of any card gateway. */
export function cardCaptchaChallenge(container: Container, cartId: string): Promise<Challenge> {
  return paymentChallenge(captchaKey(container), cartId)
}

/** Whether `answer` solves a challenge of this cart, and whether a card page of any gateway already used it. */
export async function checkCardCaptcha(container: Container, answer: string, cartId: string): Promise<CaptchaCheck | { ok: false; reason: "used" }> {
  const check = await checkPaymentCaptcha(captchaKey(container), answer, cartId)
  if (!check.ok) return check
  const used = await Promise.all(keepers(container).map((keeper) => keeper.captchaSignatureUsed(check.signature)))
  return used.some(Boolean) ? { ok: false, reason: "used" } : check
}
