import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { readCaptchaSecret, type CardCaptchaKeeper } from "../../lib/card/captcha"
import type { CardPagesCounter } from "../../lib/card/card-page-limit"
import { OPEN_CHECKOUTS_FILTER } from "../../lib/chargily/checkout-status"
import { ChargilyGateway } from "../../lib/chargily/gateway"
import { readChargilyRefundDelay, type ChargilyRefundDelay } from "../../lib/chargily/manual-refund"
import { readChargilyOptions, type ChargilyOptions } from "../../lib/chargily/options"
import { isChargilySignatureValid } from "../../lib/chargily/signature"
import { ChargilyCheckout } from "./models/chargily-checkout"
import { ChargilyWebhookEvent } from "./models/chargily-webhook-event"

/** The plugin options this module reads (medusa-config.ts passes the plugin's options to every module). */
export type ChargilyPluginOptions = {
  /** Absent when Chargily is not configured: the method is then unavailable. */
  chargily?: Record<string, unknown>
  /** Where Chargily sends the customer back: `{locale}` is replaced by the page's language. */
  chargilyReturnUrl?: string
  /** Medusa's public address of /hooks/chargily, given to Chargily with each checkout. */
  chargilyWebhookUrl?: string
  /** By when the office gives back a paid checkout that could not become the order, per locale (the customer's e-mail says it). */
  chargilyRefundDelay?: Partial<ChargilyRefundDelay>
  /** Signs the pay step's captcha challenges, shared with SATIM: without it no checkout opens (lib/card/cart-card-captcha.ts). */
  captchaSecret?: string
}

class ChargilyModuleService extends MedusaService({ ChargilyCheckout, ChargilyWebhookEvent }) implements CardPagesCounter, CardCaptchaKeeper {
  private readonly chargilyOptions?: ChargilyOptions
  private readonly returnUrlTemplate?: string
  private readonly webhookUrlValue?: string
  private readonly captchaSecret?: string
  /** The shop's words for when a payment to give back is refunded (configured; a default otherwise). */
  readonly refundDelay: ChargilyRefundDelay

  constructor(cradle: Record<string, unknown>, options: ChargilyPluginOptions = {}) {
    super(cradle, options)
    this.chargilyOptions = options.chargily ? readChargilyOptions(options.chargily) : undefined
    this.returnUrlTemplate = options.chargilyReturnUrl
    this.webhookUrlValue = options.chargilyWebhookUrl
    this.captchaSecret = readCaptchaSecret(options.captchaSecret)
    this.refundDelay = readChargilyRefundDelay(options.chargilyRefundDelay)
  }

  get isConfigured(): boolean {
    return Boolean(this.chargilyOptions && this.returnUrlTemplate && this.webhookUrlValue)
  }

  /** The captcha's signing key while Chargily is configured (the challenge is shared with SATIM: lib/card/cart-card-captcha.ts). */
  captchaKey(): string | undefined {
    return this.isConfigured ? this.captchaSecret : undefined
  }

  /** Whether this captcha answer already opened a checkout (each answer opens one card page, whichever gateway's). */
  async captchaSignatureUsed(signature: string): Promise<boolean> {
    const [used] = await this.listChargilyCheckouts({ captcha_signature: signature }, { select: ["id"], take: 1 })
    return Boolean(used)
  }

  gateway(): ChargilyGateway {
    return new ChargilyGateway(this.configured().options)
  }

  /** The storefront page Chargily sends the customer back to, naming our checkout record (never the cart). */
  returnUrl(locale: string, reference: string): string {
    const page = this.configured().returnUrl.replace("{locale}", encodeURIComponent(locale))
    return `${page}${page.includes("?") ? "&" : "?"}ref=${encodeURIComponent(reference)}`
  }

  webhookUrl(): string {
    return this.configured().webhookUrl
  }

  /** When this cart's checkouts were opened since a date (the per-cart limit counts them with SATIM's: lib/card/card-page-limit.ts). */
  async cardPagesOpenedSince(cartId: string, since: Date): Promise<Date[]> {
    const checkouts = await this.listChargilyCheckouts({ cart_id: cartId, created_at: { $gt: since } }, { select: ["id", "created_at"] })
    return checkouts.map((checkout) => new Date(checkout.created_at))
  }

  /** Whether a webhook's raw body carries Chargily's signature (false when Chargily is not configured). */
  isSignedByChargily(rawBody: Buffer | undefined, signature: unknown): boolean {
    return Boolean(this.chargilyOptions) && isChargilySignatureValid(rawBody, signature, this.chargilyOptions!.secretKey)
  }

  /**
   * Closes the cart's open checkouts so none can take money any more, Chargily asked once each: one
   * found paid is left for settlement (its checkout id answered); every other is expired at Chargily
   * and marked superseded (watched until Chargily confirms it closed). Callers hold the cart's lock.
   */
  async closeOpenCheckouts(cartId: string, now = new Date()): Promise<{ paid: Array<{ id: string; checkout_id: string; live: boolean }> }> {
    const gateway = this.gateway()
    const open = await this.listChargilyCheckouts({ cart_id: cartId, checkout_id: { $ne: null }, $or: OPEN_CHECKOUTS_FILTER })
    const paid: Array<{ id: string; checkout_id: string; live: boolean }> = []
    for (const checkout of open) {
      const outcome = await gateway.outcome({ checkout_id: checkout.checkout_id!, amount: checkout.amount })
      if (outcome.kind === "paid") {
        paid.push({ id: checkout.id, checkout_id: checkout.checkout_id!, live: checkout.status === "awaiting_payment" })
        continue
      }
      const closed = outcome.kind === "failed" || outcome.kind === "canceled" || (await gateway.expire(checkout.checkout_id!))
      await this.updateChargilyCheckouts({
        id: checkout.id,
        status: "superseded",
        decided_at: closed ? now : null,
        failure: closed ? "Replaced: closed at Chargily" : "Replaced: Chargily did not confirm it closed; watched",
      })
    }
    return { paid }
  }

  private configured() {
    if (!this.chargilyOptions || !this.returnUrlTemplate || !this.webhookUrlValue) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chargily Pay is not configured on this shop.", refusal("chargily_unavailable"))
    }
    return { options: this.chargilyOptions, returnUrl: this.returnUrlTemplate, webhookUrl: this.webhookUrlValue }
  }
}

export default ChargilyModuleService
