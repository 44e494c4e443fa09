import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { checkCardCaptcha } from "../../../lib/card/cart-card-captcha"

const CAPTCHA_REFUSED = "The anti-robot check is not valid any more: tick it again, then pay."
const CAPTCHA_USED = "This anti-robot check was already used: tick it again, then pay."

/** The refusal of an answer that already opened a card page. */
export const captchaUsedError = () => new MedusaError(MedusaError.Types.NOT_ALLOWED, CAPTCHA_USED, refusal("captcha_used"))

/**
 * The unique index on a gateway's `captcha_signature` refused a second page for one answer (two
 * requests at the same moment, both past the check): the same refusal as the check's.
 */
export const isCaptchaReuse = (error: unknown): boolean => /captcha_signature/.test((error as Error)?.message ?? "")

/**
 * First, before anything is recorded or sent, for every card gateway: no gateway is asked without a
 * valid answer for this cart, and an answer that opened a card page (SATIM's or Chargily's) opens no
 * other. The start workflow stores the signature answered here with the page it opens. Run under the
 * cart's lock (shared by the gateways), so the check and the page's record cannot interleave for a cart.
 */
export const checkCardCaptchaStep = createStep("check-card-captcha", async (input: { cart_id: string; captcha: string }, { container }) => {
  const check = await checkCardCaptcha(container, input.captcha, input.cart_id)
  if (check.ok) return new StepResponse(check.signature)
  throw check.reason === "used" ? captchaUsedError() : new MedusaError(MedusaError.Types.NOT_ALLOWED, CAPTCHA_REFUSED, refusal("captcha_invalid"))
})
