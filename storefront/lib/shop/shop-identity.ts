import "server-only"
import { readShopIdentity, type ShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"

/**
 * The shop's legal identity and contacts (SHOP_* settings, see .env.example), read from this server's
 * environment on each request: never sent to the browser as configuration, only as the page's text.
 */
export function shopIdentity(): ShopIdentity {
  return readShopIdentity(process.env)
}

/**
 * Whether pages show the settings still to fill in ("à compléter"). Development only: production
 * leaves a missing value out and the page still renders.
 */
export function showsMissingSettings(): boolean {
  return process.env.NODE_ENV !== "production"
}
