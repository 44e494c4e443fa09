/**
 * The `npm run dev` banner's line about the shop's identity (SHOP_* in .env, see .env.example): the
 * settings still to fill in, which the storefront shows as "à compléter" in development and leaves
 * out in production. Read from the kernel's source: the banner must not wait for a build.
 */
import { missingShopIdentity, readShopIdentity } from "../../packages/shop-kernel/src/shop-identity"

export function shopIdentityBannerLine(env: NodeJS.ProcessEnv): string {
  const missing = missingShopIdentity(readShopIdentity(env))
  const status = missing.length
    ? `WARNING: to fill in .env (legal pages and contact links need them): ${missing.join(", ")}`
    : "complete (SHOP_* settings)"
  return `  Shop identity    ${status}`
}
