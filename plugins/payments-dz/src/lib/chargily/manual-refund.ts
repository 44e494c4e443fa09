import type { ChargilyCheckoutStatus } from "./checkout-status"

/**
 * Whether the office may record a checkout as given back from Chargily's dashboard: only one still
 * `refund_due`. One already recorded, or never owed, is refused with its code (a second click, a
 * second tab).
 */
export function manualRefundRefusal(status: ChargilyCheckoutStatus): "chargily_not_refund_due" | null {
  return status === "refund_due" ? null : "chargily_not_refund_due"
}

/** The words, per locale, that tell the customer by when the shop gives a Chargily payment back (plugin option `chargilyRefundDelay`). */
export type ChargilyRefundDelay = { fr: string; ar: string }

export const DEFAULT_CHARGILY_REFUND_DELAY: ChargilyRefundDelay = { fr: "sous 7 jours ouvrés", ar: "خلال 7 أيام عمل" }

/** The configured words, each locale falling back to the default when absent or blank. */
export function readChargilyRefundDelay(option: unknown): ChargilyRefundDelay {
  const given = option && typeof option === "object" ? (option as Record<string, unknown>) : {}
  const words = (locale: keyof ChargilyRefundDelay) =>
    typeof given[locale] === "string" && (given[locale] as string).trim() ? (given[locale] as string).trim() : DEFAULT_CHARGILY_REFUND_DELAY[locale]
  return { fr: words("fr"), ar: words("ar") }
}
