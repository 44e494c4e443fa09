/** The signed link that opens one order without logging in (e-mails, the card-payment return page). */
import { badLinkRefusal } from "./link-refusal.js"
import { linkSigningSecret, signLink, verifyLink } from "./signed-links.js"
import { storefrontUrl } from "./storefront-url.js"

export const ORDER_LINK_PURPOSE = "order"
export const ORDER_LINK_DAYS = 90
/** A just-placed order's link is handed out (cart completion, card return) for this long; then it is the e-mail's. */
export const ORDER_LINK_HANDOUT_MS = 24 * 3600_000

export function orderLinkToken(orderId: string, now: Date = new Date(), env: NodeJS.ProcessEnv = process.env): string {
  const expiresAt = new Date(now.getTime() + ORDER_LINK_DAYS * 86_400_000)
  return signLink({ purpose: ORDER_LINK_PURPOSE, subject: orderId, expiresAt }, linkSigningSecret(env))
}

/** The order page's address with its signed link, for e-mails. */
export function orderPageUrl(orderId: string, locale: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${storefrontUrl(env)}/${locale}/commande?token=${encodeURIComponent(orderLinkToken(orderId, new Date(), env))}`
}

/** The order a signed order link opens, or the refusal to answer (410 `link_expired`, 403 `link_invalid`). */
export function openOrderLink(
  token: string,
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env
): { ok: true; orderId: string } | ({ ok: false } & ReturnType<typeof badLinkRefusal>) {
  const verification = verifyLink(token, ORDER_LINK_PURPOSE, linkSigningSecret(env), now)
  return verification.ok ? { ok: true, orderId: verification.subject } : { ok: false, ...badLinkRefusal(verification) }
}
