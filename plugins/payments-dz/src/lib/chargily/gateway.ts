import { ChargilyClient, type Checkout, type CreateCheckoutParams } from "@chargily/chargily-pay"
import { decideCheckout, type ChargilyOutcome, type ExpectedCheckout } from "./checkout-outcome"
import type { ChargilyOptions } from "./options"

/**
 * Chargily Pay v2 through its official SDK. The SDK picks its API from the mode only; the base URL
 * is replaced afterwards so the same code talks to the local simulator (gateway.test.ts fails if an
 * SDK upgrade renames the field). The SDK throws on any failure: answered here as results. The SDK
 * takes no AbortSignal, so each call is raced against `timeoutMs` and a late answer is ignored: a
 * checkout created too late is never shown to anyone, and expires at Chargily.
 */
export type CreatedCheckout = { ok: true; checkout_id: string; checkout_url: string } | { ok: false; reason: "timeout" | "refused"; message: string }

export class ChargilyTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Chargily did not answer within ${timeoutMs} ms`)
    this.name = "TimeoutError"
  }
}

/** The call's answer, or a ChargilyTimeoutError once `timeoutMs` has passed. */
export async function withinTime<T>(call: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChargilyTimeoutError(timeoutMs)), timeoutMs)
  })
  try {
    return await Promise.race([call, late])
  } finally {
    clearTimeout(timer)
  }
}

export function chargilyClient(options: ChargilyOptions): ChargilyClient {
  const client = new ChargilyClient({ api_key: options.secretKey, mode: options.mode })
  ;(client as unknown as { base_url: string }).base_url = options.baseUrl
  return client
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export class ChargilyGateway {
  private readonly client: ChargilyClient

  constructor(private readonly options: ChargilyOptions) {
    this.client = chargilyClient(options)
  }

  get livemode(): boolean {
    return this.options.mode === "live"
  }

  async createCheckout(params: CreateCheckoutParams): Promise<CreatedCheckout> {
    try {
      const checkout: Checkout = await withinTime(this.client.createCheckout(params), this.options.timeoutMs)
      if (typeof checkout?.id !== "string" || typeof checkout.checkout_url !== "string") return { ok: false, reason: "refused", message: "Chargily answered without a checkout id or URL" }
      return { ok: true, checkout_id: checkout.id, checkout_url: checkout.checkout_url }
    } catch (error) {
      return { ok: false, reason: error instanceof ChargilyTimeoutError ? "timeout" : "refused", message: messageOf(error) }
    }
  }

  /** Chargily's own word on a checkout, checked against what we created (checkout-outcome.ts). */
  async outcome(expected: Omit<ExpectedCheckout, "livemode">): Promise<ChargilyOutcome> {
    let body: unknown
    try {
      body = await withinTime(this.client.getCheckout(expected.checkout_id), this.options.timeoutMs)
    } catch {
      return { kind: "unknown", reason: "unreachable" }
    }
    return decideCheckout({ ...expected, livemode: this.livemode }, body)
  }

  /** Closes a checkout so it can no longer take money; true when Chargily confirms it is closed. */
  async expire(checkoutId: string): Promise<boolean> {
    try {
      const checkout = await withinTime(this.client.expireCheckout(checkoutId), this.options.timeoutMs)
      return checkout?.status !== "pending" && checkout?.status !== "processing"
    } catch {
      return false
    }
  }
}
