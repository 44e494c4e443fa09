/**
 * MJ Chauffage's Medusa configuration: modules, providers, plugins. The policy behind each value
 * (environment, production refusals, database TLS, Redis, SMTP, SATIM) lives in src/config, tested.
 */
import { ContainerRegistrationKeys, Modules, defineConfig } from "@medusajs/framework/utils"
import { logger } from "@medusajs/framework/logger"
import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import { loadShopEnvironment, repositoryRoot } from "./src/config/environment"
import { refuseUnsafeSettings } from "./src/config/production-policy"
import { databaseDriverOptions } from "./src/config/database"
import { redisModules, redisPrefix } from "./src/config/redis"
import { baridpaySettings, captchaSecret, chargilySettings, satimSettings, smsProviderRegistration, smtpProviderOptions } from "./src/config/providers"
import { backendUrl, corsOrigins } from "./src/config/http"
import { installSecurityHeaders } from "./src/http/security-headers"
import { installStaffRequestsLog } from "./src/http/staff-requests-log"
import { installLocaleQueryGuard } from "./src/http/locale-query-guard"
import { installRequestIds } from "./src/http/request-ids"
import { installServedByHeader } from "./src/http/served-by"
import { appLogger } from "./src/observability/app-logger"
import { DELIVERY_RATES_MODULE } from "./src/modules/delivery-rates"

const NODE_ENV = process.env.NODE_ENV || "development"
const IS_PRODUCTION = NODE_ENV === "production"
loadShopEnvironment(__dirname, NODE_ENV)
refuseUnsafeSettings(process.env, IS_PRODUCTION)
installSecurityHeaders()
installStaffRequestsLog()
installRequestIds()
installLocaleQueryGuard()
installServedByHeader(process.env)
// Medusa's translation links read this flag from the environment only, before `featureFlags` loads (medusajs/medusa#14311).
process.env.MEDUSA_FF_TRANSLATION = "true"

const env = process.env
const REDIS_PREFIX = redisPrefix(env)
const SATIM = satimSettings(env)
const CHARGILY = chargilySettings(env)
const BARIDPAY = baridpaySettings(env)
const SMS_PROVIDER = smsProviderRegistration(env, IS_PRODUCTION, repositoryRoot(__dirname) ?? process.cwd())
if (!env.REDIS_URL && NODE_ENV === "development") {
  logger.warn("REDIS_URL is not set: in-memory event bus, workflow engine and locking (development only).")
}

export default defineConfig({
  // JSON lines with the request's id outside development (src/observability/app-logger.ts).
  logger: appLogger(env),
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions: databaseDriverOptions(env, IS_PRODUCTION),
    redisUrl: env.REDIS_URL,
    redisPrefix: `${REDIS_PREFIX}:`,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // Secrets: production refuses to load without strong ones (above); in development Medusa warns.
    http: {
      ...corsOrigins(env),
      jwtSecret: env.JWT_SECRET,
      // A token lives as long as the longest login (a customer's week); idle and staff limits are ours (api/auth/revoked-sessions.ts).
      jwtExpiresIn: "7d",
      cookieSecret: env.COOKIE_SECRET,
      compression: { enabled: true },
    },
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: IS_PRODUCTION },
  },
  admin: { disable: env.MEDUSA_ADMIN_DISABLED === "true", backendUrl: backendUrl(env) },
  // Arabic catalogue texts as Medusa translations (ar-DZ), Store API ?locale=ar-DZ; Medusa's query cache where Redis holds it (config/redis.ts).
  featureFlags: { translation: true, caching: Boolean(env.REDIS_URL) },
  // Workspace plugins (built into plugins/*/.medusa/server by npm run dev / build / test).
  plugins: [
    // Staff roles on every /admin route (admin, manager, technician), deny by default.
    { resolve: "@mj-chauffage/staff-access", options: {} },
    { resolve: "@mj-chauffage/booking", options: {} },
    // Invoices and credit notes of paid orders, numbered without gaps per Algiers year.
    { resolve: "@mj-chauffage/invoicing", options: {} },
    // Options reach every module of the plugin: the SATIM payment records need the gateway too.
    {
      resolve: "@mj-chauffage/payments-dz",
      options: {
        satim: SATIM,
        satimReturnUrl: `${storefrontUrl(env)}/{locale}/paiement/carte`,
        captchaSecret: captchaSecret(env),
        chargily: CHARGILY,
        chargilyReturnUrl: `${storefrontUrl(env)}/{locale}/paiement/chargily`,
        chargilyWebhookUrl: `${backendUrl(env)}/hooks/chargily`,
        // By when the office gives back a Chargily payment that could not become the order (the customer's e-mail says it).
        chargilyRefundDelay: { fr: env.CHARGILY_REFUND_DELAY_FR, ar: env.CHARGILY_REFUND_DELAY_AR },
        baridpay: BARIDPAY,
      },
    },
  ],
  modules: [
    {
      // Listing the fulfillment module replaces Medusa's default, so the manual provider is re-listed.
      resolve: "@medusajs/medusa/fulfillment",
      // The dz-delivery provider prices each cart from the zones the office edits (module delivery-rates).
      dependencies: [DELIVERY_RATES_MODULE],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/dz-delivery", id: "dz" }, // home and stop-desk delivery priced per wilaya
        ],
      },
    },
    {
      // Pictures on local disk, served by Medusa under /static at its own address.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [{ resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: env.MEDUSA_FILE_URL || `${backendUrl(env)}/static` } }],
      },
    },
    {
      // Product search (src/search/product.ts) on PostgreSQL (pg_trgm + unaccent), in every environment.
      resolve: "@medusajs/medusa/search",
      options: { providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } }] },
    },
    {
      // Cash on delivery (pp_cod_cod) and, when configured, SATIM cards (pp_satim_satim), Chargily (pp_chargily_chargily)
      // and BaridPay (pp_baridpay_baridpay): enabled on the Algeria region by the seed.
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "@mj-chauffage/payments-dz/providers/cash-on-delivery", id: "cod" },
          ...(SATIM ? [{ resolve: "@mj-chauffage/payments-dz/providers/satim", id: "satim", options: SATIM }] : []),
          ...(CHARGILY ? [{ resolve: "@mj-chauffage/payments-dz/providers/chargily", id: "chargily", options: CHARGILY }] : []),
          ...(BARIDPAY ? [{ resolve: "@mj-chauffage/payments-dz/providers/baridpay", id: "baridpay", options: BARIDPAY }] : []),
        ],
      },
    },
    {
      // E-mail and password login at scrypt N = 2^17, old hashes upgraded at login (src/modules/auth-emailpass).
      resolve: "@medusajs/medusa/auth",
      dependencies: [Modules.CACHE, ContainerRegistrationKeys.LOGGER],
      options: { providers: [{ resolve: "./src/modules/auth-emailpass", id: "emailpass" }] },
    },
    {
      // One provider per channel: e-mail over SMTP; SMS (SMS_PROVIDER) to files in development, none in production until a gateway is set.
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "./src/modules/notification-smtp", id: "smtp", options: smtpProviderOptions(env) }, ...(SMS_PROVIDER ? [SMS_PROVIDER] : [])] },
    },
    { resolve: "@medusajs/medusa/translation" },
    // Delivery zones (wilayas, prices, delays) and stop-desks, edited in Medusa Admin (settings › Livraison).
    { resolve: "./src/modules/delivery-rates" },
    // The shared database pool waits at most 8 s for a connection, in servers and workers (not knex's 60 s).
    { resolve: "./src/modules/database-wait" },
    ...redisModules(env.REDIS_URL, REDIS_PREFIX),
  ],
})
