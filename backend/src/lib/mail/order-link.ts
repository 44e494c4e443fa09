/** The order page's address with its signed link, for e-mails. */
import { orderLinkToken } from "@mj-chauffage/shop-kernel/order-links"
import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"

export function orderLinkUrl(orderId: string, locale: ShopLocale, env: NodeJS.ProcessEnv = process.env): string {
  return `${storefrontUrl(env)}/${locale}/commande?token=${encodeURIComponent(orderLinkToken(orderId))}`
}
