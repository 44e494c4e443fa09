import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkPaymentCaptcha, paymentChallenge, type CaptchaCheck, type Challenge } from "../../lib/satim/captcha"
import { CARD_PAGE_WINDOW_MS, cardPageAllowance, type CardPageAllowance } from "../../lib/satim/card-page-limit"
import { SatimGateway } from "../../lib/satim/gateway"
import { readSatimOptions, type SatimOptions } from "../../lib/satim/options"
import type { SatimPaymentStatus } from "../../lib/satim/payment-status"
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

type LiveAttempt = { id: string; satim_order_id: string | null; order_number: string; amount_centimes: number; status: SatimPaymentStatus }

/** What retiring a cart's card pages found: a page already paid is left alone and named. */
export type Retirement = { retired: number; paid?: { id: string; satim_order_id: string } }

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

  /** Whether this cart may open one more card page now (see card-page-limit.ts). */
  async cardPageAllowance(cartId: string, now = new Date()): Promise<CardPageAllowance> {
    const recent = await this.listSatimPayments(
      { cart_id: cartId, created_at: { $gt: new Date(now.getTime() - CARD_PAGE_WINDOW_MS) } },
      { select: ["id", "created_at"] }
    )
    return cardPageAllowance(recent.map((attempt) => new Date(attempt.created_at)), now)
  }

  /**
   * A page of this cart already paid and still meant to become its order: the newest attempt if it is
   * paid without an order yet, or a live page SATIM says is paid (the customer paid but never came
   * back). Opening another page then would only make a second payment.
   */
  async paidCardPage(cartId: string): Promise<{ id: string; satim_order_id: string } | undefined> {
    const [newest] = (await this.listSatimPayments({ cart_id: cartId }, { order: { created_at: "DESC" }, take: 1 })) as Array<LiveAttempt & { order_id: string | null }>
    if (newest?.satim_order_id && newest.status === "paid" && !newest.order_id) return { id: newest.id, satim_order_id: newest.satim_order_id }
    const live = (await this.listSatimPayments({ cart_id: cartId, status: "awaiting_card" })) as LiveAttempt[]
    const gateway = this.gateway()
    for (const attempt of live) {
      if (!attempt.satim_order_id) continue
      const outcome = await gateway.status(attempt.satim_order_id, { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes })
      if (outcome.kind === "paid") return { id: attempt.id, satim_order_id: attempt.satim_order_id }
    }
    return undefined
  }

  /**
   * Closes the cart's card pages that could still be paid (except `keep`), so a cart has at most one:
   * SATIM is asked first, and only a page not deposited is closed (reverse.do); the attempt is then
   * marked superseded so that it can never become the order. A page SATIM says is paid is not
   * touched: the caller settles it (it places the order or is refunded). A page whose closing SATIM
   * did not confirm stays watched (decided_at empty) by the reconciliation job, which refunds it if
   * it is ever paid. Callers hold the cart's lock.
   */
  async retireCardPages(cartId: string, options: { keep?: string; now?: Date } = {}): Promise<Retirement> {
    const now = options.now ?? new Date()
    const candidates = (await this.listSatimPayments({
      cart_id: cartId,
      $or: [{ status: "awaiting_card" }, { status: "superseded", decided_at: null }],
    })) as LiveAttempt[]
    const gateway = this.gateway()
    const retirement: Retirement = { retired: 0 }
    for (const attempt of candidates) {
      if (!attempt.satim_order_id || attempt.satim_order_id === options.keep) continue
      const expected = { orderNumber: attempt.order_number, amountCentimes: attempt.amount_centimes }
      const before = await gateway.status(attempt.satim_order_id, expected)
      if (before.kind === "paid") {
        retirement.paid ??= { id: attempt.id, satim_order_id: attempt.satim_order_id }
        continue
      }
      // Declined, rejected, refunded or mismatched: that page can no longer take money.
      const closedAlready = before.kind !== "pending" && before.kind !== "unknown"
      const reversal = closedAlready ? undefined : await gateway.reverse(attempt.satim_order_id)
      if (reversal && !reversal.ok) {
        // Paid between the two calls, or SATIM unreachable: ask once more.
        const after = await gateway.status(attempt.satim_order_id, expected)
        if (after.kind === "paid") {
          retirement.paid ??= { id: attempt.id, satim_order_id: attempt.satim_order_id }
          continue
        }
      }
      const closed = closedAlready || Boolean(reversal?.ok)
      await this.updateSatimPayments({
        id: attempt.id,
        status: "superseded",
        decided_at: closed ? now : null,
        failure: closedAlready
          ? `Replaced: card page already closed at SATIM (${before.kind})`
          : reversal?.ok
            ? "Replaced: card page closed at SATIM (reverse.do)"
            : `Replaced: SATIM did not confirm the card page is closed (${reversal?.message}); watched until it is`,
      })
      retirement.retired++
    }
    return retirement
  }

  private configured() {
    if (!this.satimOptions || !this.returnUrlTemplate || !this.captchaSecret) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payment (SATIM) is not configured on this shop.", refusal("card_payment_unavailable"))
    }
    return { options: this.satimOptions, returnUrl: this.returnUrlTemplate, captchaSecret: this.captchaSecret }
  }
}

export default SatimModuleService
