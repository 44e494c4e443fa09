import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkPaymentCaptcha, paymentChallenge, type CaptchaCheck, type Challenge } from "../../lib/satim/captcha"
import { SatimGateway } from "../../lib/satim/gateway"
import { readSatimOptions, type SatimOptions } from "../../lib/satim/options"
import { SatimPayment } from "./models/satim-payment"

/** Plugin options (medusa-config.ts passes them to every module of the plugin). */
export type PaymentsDzOptions = {
  /** Absent when SATIM is not configured: card payment is then unavailable. */
  satim?: Record<string, unknown>
  /** Where SATIM sends the customer back: `{locale}` is replaced by the page's language. */
  satimReturnUrl?: string
  /** Signs the pay step's captcha challenges (at least 32 characters). */
  captchaSecret?: string
}

class SatimModuleService extends MedusaService({ SatimPayment }) {
  private readonly satimOptions?: SatimOptions
  private readonly returnUrlTemplate?: string
  private readonly captchaSecret?: string

  constructor(cradle: Record<string, unknown>, options: PaymentsDzOptions = {}) {
    super(cradle, options)
    this.satimOptions = options.satim ? readSatimOptions(options.satim) : undefined
    this.returnUrlTemplate = options.satimReturnUrl
    this.captchaSecret = options.captchaSecret && options.captchaSecret.length >= 32 ? options.captchaSecret : undefined
  }

  get isConfigured(): boolean {
    return Boolean(this.satimOptions && this.returnUrlTemplate && this.captchaSecret)
  }

  /** A captcha challenge bound to this cart, for the pay step. */
  captchaChallenge(cartId: string): Promise<Challenge> {
    return paymentChallenge(this.configured().captchaSecret, cartId)
  }

  checkCaptcha(answer: string, cartId: string): Promise<CaptchaCheck> {
    return checkPaymentCaptcha(this.configured().captchaSecret, answer, cartId)
  }

  gateway(): SatimGateway {
    return new SatimGateway(this.configured().options)
  }

  settings(): SatimOptions {
    return this.configured().options
  }

  /** The storefront page SATIM sends the customer back to (it asks us; the query string decides nothing). */
  returnUrl(locale: string): string {
    return this.configured().returnUrl.replace("{locale}", encodeURIComponent(locale))
  }

  private configured() {
    if (!this.satimOptions || !this.returnUrlTemplate || !this.captchaSecret) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payment (SATIM) is not configured on this shop.")
    }
    return { options: this.satimOptions, returnUrl: this.returnUrlTemplate, captchaSecret: this.captchaSecret }
  }
}

export default SatimModuleService
