import { ORDER_LINK_DAYS } from "@mj-chauffage/shop-kernel/order-links"

/**
 * How long the shop keeps what, as the privacy policy states it. Each number is the one the code
 * uses (its tests compare them with the code that enforces them), except two commitments of the
 * operator: accounting records kept as the commercial law requires, and the security log's rotation.
 */
export const RETENTION = {
  /** Orders, invoices, card payments and visit reports: the legal keeping of accounting records. */
  accountingYears: 10,
  /** The order page's signed link in e-mails (kernel order-links.ts). */
  orderLinkDays: ORDER_LINK_DAYS,
  /** The HttpOnly cart cookie (lib/cart/cart-cookie.ts). */
  cartCookieDays: 30,
  /** A customer's login: idle limit and absolute limit (backend lib/auth/revocation.ts). */
  sessionIdleMinutes: 30,
  sessionMaxDays: 7,
  /** Medusa's password-reset token: single use. */
  passwordResetMinutes: 15,
  /** The longest window of the per-client attempt counters (backend api/auth/limits.ts). */
  attemptCountersMinutes: 60,
  /** The security log (standard output): the operator's log rotation keeps it this long. */
  securityLogMonths: 12,
} as const
