/** The order page's address with its signed link, for e-mails. */
import { orderLinkToken } from "@mj-chauffage/security/lib/order-links"
import { storefrontUrl } from "@mj-chauffage/mail/lib/storefront-url"
import type { ShopLocale } from "@mj-chauffage/payments-dz/lib/money/format-dzd"

export function orderLinkUrl(orderId: string, locale: ShopLocale, env: NodeJS.ProcessEnv = process.env): string {
  return `${storefrontUrl(env)}/${locale}/commande?token=${encodeURIComponent(orderLinkToken(orderId))}`
}
