/**
 * The one rule that says whether a Chargily checkout is paid. Chargily's answer to GET
 * /checkouts/{id} (asked server to server; a webhook's own body decides nothing) counts as PAID only
 * if its status is "paid" and its id, amount, currency and mode are exactly the ones we created.
 */
export type ExpectedCheckout = {
  checkout_id: string
  /** In dinars: Chargily counts whole dinars. */
  amount: number
  livemode: boolean
}

export type CheckoutFields = { id: string; status: string; amount: number; currency: string; livemode: boolean }

export type ChargilyOutcome =
  /** Money taken: the cart becomes the order. */
  | { kind: "paid"; checkout: CheckoutFields }
  /** Not paid yet ("pending", "processing"): ask again later; Chargily expires it. */
  | { kind: "pending"; checkout: CheckoutFields }
  | { kind: "failed"; checkout: CheckoutFields }
  | { kind: "canceled"; checkout: CheckoutFields }
  /** Paid, but not what we asked for: never paid; the merchant must look (and refund). */
  | { kind: "mismatch"; checkout: CheckoutFields; problems: string[] }
  /** Chargily's answer could not be had or read: ask again later (reconciliation). */
  | { kind: "unknown"; reason: "unreachable" | "malformed" }

/** Chargily's checkout as the fields we check, or undefined when they are not all there. */
export function readCheckout(body: unknown): CheckoutFields | undefined {
  if (!body || typeof body !== "object") return undefined
  const { id, status, amount, currency, livemode } = body as Record<string, unknown>
  if (typeof id !== "string" || typeof status !== "string" || typeof currency !== "string") return undefined
  const dinars = typeof amount === "string" ? Number(amount) : amount
  if (typeof dinars !== "number" || !Number.isFinite(dinars)) return undefined
  // Chargily has sent livemode both as a boolean and as "true"/"false".
  const live = livemode === true || livemode === "true"
  return { id, status, amount: dinars, currency, livemode: live }
}

export function decideCheckout(expected: ExpectedCheckout, body: unknown): ChargilyOutcome {
  const checkout = readCheckout(body)
  if (!checkout) return { kind: "unknown", reason: "malformed" }
  switch (checkout.status) {
    case "paid": {
      const problems: string[] = []
      if (checkout.id !== expected.checkout_id) problems.push(`checkout ${checkout.id} ≠ ${expected.checkout_id}`)
      if (checkout.amount !== expected.amount) problems.push(`amount ${checkout.amount} ≠ ${expected.amount}`)
      if (checkout.currency.toLowerCase() !== "dzd") problems.push(`currency ${checkout.currency} ≠ dzd`)
      if (checkout.livemode !== expected.livemode) problems.push(checkout.livemode ? "paid in live mode, expected test" : "paid in test mode, expected live")
      return problems.length ? { kind: "mismatch", checkout, problems } : { kind: "paid", checkout }
    }
    case "pending":
    case "processing":
      return { kind: "pending", checkout }
    case "failed":
      return { kind: "failed", checkout }
    case "canceled":
    case "expired":
      return { kind: "canceled", checkout }
    default:
      return { kind: "unknown", reason: "malformed" }
  }
}
