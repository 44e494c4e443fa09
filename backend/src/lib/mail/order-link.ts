/** The signed link that opens an order without logging in (e-mails, tracking). */
import { linkSigningSecret, signLink } from "@mj-chauffage/security/lib/signed-links"
import { storefrontUrl } from "@mj-chauffage/mail/lib/storefront-url"
import type { ShopLocale } from "@mj-chauffage/payments-dz/lib/money/format-dzd"

export const ORDER_LINK_PURPOSE = "order"
export const ORDER_LINK_DAYS = 90

export function orderLinkToken(orderId: string, now: Date = new Date()): string {
  const expiresAt = new Date(now.getTime() + ORDER_LINK_DAYS * 86_400_000)
  return signLink({ purpose: ORDER_LINK_PURPOSE, subject: orderId, expiresAt }, linkSigningSecret())
}

export function orderLinkUrl(orderId: string, locale: ShopLocale, env: NodeJS.ProcessEnv = process.env): string {
  return `${storefrontUrl(env)}/${locale}/commande?token=${encodeURIComponent(orderLinkToken(orderId))}`
}
