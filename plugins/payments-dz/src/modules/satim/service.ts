import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { readCaptchaSecret, type CardCaptchaKeeper } from "../../lib/card/captcha"
import type { CardPagesCounter } from "../../lib/card/card-page-limit"
import { SatimGateway } from "../../lib/satim/gateway"
import { readSatimOptions, type SatimOptions } from "../../lib/satim/options"
import type { PaymentOutcome } from "../../lib/satim/payment-outcome"
import { OPEN_ATTEMPTS_FILTER, type SatimPaymentStatus } from "../../lib/satim/payment-status"
import { SatimPayment } from "./models/satim-payment"

/** Plugin options (medusa-config.ts passes them to every module of the plugin). */
export type PaymentsDzOptions = {
  /** Absent when SATIM is not configured: card payment is then unavailable. */
  satim?: Record<string, unknown>
  /** Where SATIM sends the customer back: `{locale}` is replaced by the page's language. */
  satimReturnUrl?: string
  /** Signs the pay step's captcha challenges, every card gateway's (at least 32 characters). */
  captchaSecret?: string
}

type Attempt = { id: string; satim_order_id: string | null; order_number: string; amount_centimes: number; status: SatimPaymentStatus; order_id: string | null }

/** A card page that may still take money, with what SATIM answered for it just now. */
export type OpenCardPage = Attempt & { satim_order_id: string; outcome: PaymentOutcome }

/**
 * A cart's card pages as SATIM sees them, asked once each: the live page already paid (or a paid
 * attempt still waiting for its order), if any, and every page that may still take money.
 */
export type CardPagesSurvey = { paid?: { id: string; satim_order_id: string }; open: OpenCardPage[] }

class SatimModuleService extends MedusaService({ SatimPayment }) implements CardPagesCounter, CardCaptchaKeeper {
  private readonly satimOptions?: SatimOptions
  private readonly returnUrlTemplate?: string
  private readonly captchaSecret?: string

  constructor(cradle: Record<string, unknown>, options: PaymentsDzOptions = {}) {
    super(cradle, options)
    this.satimOptions = options.satim ? readSatimOptions(options.satim) : undefined
    this.returnUrlTemplate = options.satimReturnUrl
    this.captchaSecret = readCaptchaSecret(options.captchaSecret)
  }

  get isConfigured(): boolean {
    return Boolean(this.satimOptions && this.returnUrlTemplate && this.captchaSecret)
  }

  /** The captcha's signing key while card payment is configured (the challenge is shared with Chargily: lib/card/cart-card-captcha.ts). */
  captchaKey(): string | undefined {
    return this.isConfigured ? this.captchaSecret : undefined
  }

  /** Whether this captcha answer already opened a card page (each answer opens one, whichever gateway's). */
  async captchaSignatureUsed(signature: string): Promise<boolean> {
    const [used] = await this.listSatimPayments({ captcha_signature: signature }, { select: ["id"], take: 1 })
    return Boolean(used)
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

  /** When this cart's card pages were opened since a date (the per-cart limit counts them with Chargily's: lib/card/card-page-limit.ts). */
  async cardPagesOpenedSince(cartId: string, since: Date): Promise<Date[]> {
    const pages = await this.listSatimPayments({ cart_id: cartId, created_at: { $gt: since } }, { select: ["id", "created_at"] })
    return pages.map((page) => new Date(page.created_at))
  }

  /**
   * What the cart's card pages are now (see CardPagesSurvey), SATIM asked once per page. The live page
   * is "paid" when the customer paid but never came back: opening another page would only make a
   * second payment. Callers hold the cart's lock.
   */
  async surveyCardPages(cartId: string): Promise<CardPagesSurvey> {
    const attempts = (await this.listSatimPayments({ cart_id: cartId }, { order: { created_at: "DESC" } })) as Attempt[]
    const [newest] = attempts
    const survey: CardPagesSurvey = { open: [] }
    if (newest?.satim_order_id && newest.status === "paid" && !newest.order_id) survey.paid = { id: newest.id, satim_order_id: newest.satim_order_id }
    const open = (await this.listSatimPayments({ cart_id: cartId, $or: OPEN_ATTEMPTS_FILTER })) as Attempt[]
    const gateway = this.gateway()
    for (const attempt of open) {
      if (!attempt.satim_order_id) continue
      const outcome = await gateway.status(attempt.satim_order_id, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes })
      survey.open.push({ ...attempt, satim_order_id: attempt.satim_order_id, outcome })
      if (outcome.kind === "paid" && attempt.status === "awaiting_card") survey.paid ??= { id: attempt.id, satim_order_id: attempt.satim_order_id }
    }
    return survey
  }

  /**
   * Closes card pages so that none can become the order: each is marked superseded. A page SATIM
   * still holds open is reversed (reverse.do); one that is paid, or whose reversal SATIM did not
   * confirm, stays watched (decided_at empty): its settlement refunds the money. Callers hold the
   * cart's lock.
   */
  async closeCardPages(pages: OpenCardPage[], now = new Date()): Promise<void> {
    const gateway = this.gateway()
    for (const page of pages) {
      const { kind } = page.outcome
      const closedAlready = kind !== "pending" && kind !== "unknown" && kind !== "paid"
      const reversal = kind === "pending" || kind === "unknown" ? await gateway.reverse(page.satim_order_id) : undefined
      const closed = closedAlready || Boolean(reversal?.ok)
      await this.updateSatimPayments({
        id: page.id,
        status: "superseded",
        decided_at: closed ? now : null,
        failure:
          kind === "paid"
            ? "Replaced after it was paid: refunded when settled"
            : closedAlready
              ? `Replaced: card page already closed at SATIM (${kind})`
              : reversal?.ok
                ? "Replaced: card page closed at SATIM (reverse.do)"
                : `Replaced: SATIM did not confirm the card page is closed (${reversal?.message}); watched until it is`,
      })
    }
  }

  private configured() {
    if (!this.satimOptions || !this.returnUrlTemplate || !this.captchaSecret) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payment (SATIM) is not configured on this shop.", refusal("card_payment_unavailable"))
    }
    return { options: this.satimOptions, returnUrl: this.returnUrlTemplate, captchaSecret: this.captchaSecret }
  }
}

export default SatimModuleService
