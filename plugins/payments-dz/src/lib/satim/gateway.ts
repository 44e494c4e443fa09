import { unreadable, type PaymentOutcome, type ExpectedPayment, decidePayment, DZD_NUMERIC } from "./payment-outcome"
import type { SatimLanguage, SatimOptions } from "./options"

/**
 * SATIM's REST calls (form-encoded POST). The merchant password is sent only in the request body
 * and never appears in an error or a log line; answers are returned as parsed JSON.
 */
export type RegisterRequest = {
  orderNumber: string
  amountCentimes: number
  returnUrl: string
  failUrl: string
  language: SatimLanguage
  /** udf1 is mandatory for SATIM: our order number, so their back office shows our reference. */
  udf1: string
}

export type RegisterResult =
  | { ok: true; satimOrderId: string; formUrl: string }
  | { ok: false; errorCode?: number; message: string }

export type GatewayCall = { ok: true; body: unknown } | { ok: false; reason: "timeout" | "unreachable" | "malformed" }

export type SimpleResult = { ok: true } | { ok: false; errorCode?: number; message: string }

export class SatimGateway {
  constructor(
    private readonly options: SatimOptions,
    private readonly fetchImpl: typeof fetch = fetch
  ) {}

  async register(request: RegisterRequest): Promise<RegisterResult> {
    const call = await this.post("register.do", {
      orderNumber: request.orderNumber,
      amount: String(request.amountCentimes),
      currency: DZD_NUMERIC,
      returnUrl: request.returnUrl,
      failUrl: request.failUrl,
      language: request.language,
      jsonParams: JSON.stringify({ force_terminal_id: this.options.terminalId, udf1: request.udf1 }),
    })
    if (!call.ok) return { ok: false, message: `SATIM register.do: ${call.reason}` }
    const body = call.body as Record<string, unknown>
    const errorCode = Number(body.errorCode ?? body.ErrorCode)
    if (errorCode === 0 && typeof body.orderId === "string" && typeof body.formUrl === "string") {
      return { ok: true, satimOrderId: body.orderId, formUrl: body.formUrl }
    }
    return { ok: false, errorCode: Number.isFinite(errorCode) ? errorCode : undefined, message: String(body.errorMessage ?? body.ErrorMessage ?? "no order id in the answer") }
  }

  /** Confirms (acknowledges) the payment and decides it against what we asked for. */
  async confirm(satimOrderId: string, expected: ExpectedPayment, language: SatimLanguage): Promise<PaymentOutcome> {
    const call =
      this.options.confirmEndpoint === "confirmOrder"
        ? await this.post("confirmOrder.do", { orderId: satimOrderId, language })
        : await this.post("public/acknowledgeTransaction.do", { mdOrder: satimOrderId, language })
    return call.ok ? decidePayment(expected, call.body) : unreadable(call.reason)
  }

  /** The status without acknowledging. */
  async status(satimOrderId: string, expected: ExpectedPayment): Promise<PaymentOutcome> {
    const call = await this.post("getOrderStatus.do", { orderId: satimOrderId })
    return call.ok ? decidePayment(expected, call.body) : unreadable(call.reason)
  }

  /** Gives back deposited money, in full or in part. */
  async refund(satimOrderId: string, amountCentimes: number): Promise<SimpleResult> {
    return this.simple("refund.do", { orderId: satimOrderId, amount: String(amountCentimes) })
  }

  /** Cancels an authorisation that was never deposited. */
  async reverse(satimOrderId: string): Promise<SimpleResult> {
    return this.simple("reverse.do", { orderId: satimOrderId })
  }

  private async simple(endpoint: string, params: Record<string, string>): Promise<SimpleResult> {
    const call = await this.post(endpoint, params)
    if (!call.ok) return { ok: false, message: `SATIM ${endpoint}: ${call.reason}` }
    const body = call.body as Record<string, unknown>
    const errorCode = Number(body.errorCode ?? body.ErrorCode)
    if (errorCode === 0) return { ok: true }
    return { ok: false, errorCode: Number.isFinite(errorCode) ? errorCode : undefined, message: String(body.errorMessage ?? body.ErrorMessage ?? `SATIM ${endpoint} refused`) }
  }

  private async post(endpoint: string, params: Record<string, string>): Promise<GatewayCall> {
    const body = new URLSearchParams({ userName: this.options.userName, password: this.options.password, ...params })
    let response: Response
    try {
      response = await this.fetchImpl(`${this.options.baseUrl}/${endpoint}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (error) {
      return { ok: false, reason: (error as Error)?.name === "TimeoutError" ? "timeout" : "unreachable" }
    }
    const text = await response.text().catch(() => "")
    try {
      const parsed: unknown = JSON.parse(text)
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, reason: "malformed" }
      return { ok: true, body: parsed }
    } catch {
      return { ok: false, reason: "malformed" }
    }
  }
}
