/**
 * The one Medusa configuration of MJ Chauffage. `backend/medusa-config.ts` is a symlink to this file
 * (Medusa loads its config from the current folder; a symlink is the only form that survives
 * `medusa build` and `medusa start`). It must stay self-contained: after a build it runs from
 * `backend/.medusa/server`, where nothing beside it is copied.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { logger } from "@medusajs/framework/logger"
import { checkTrustedProxies, trustedProxies } from "@mj-chauffage/shop-kernel/server/client-address"

const NODE_ENV = process.env.NODE_ENV || "development"
const IS_PRODUCTION = NODE_ENV === "production"

loadEnv(NODE_ENV, process.cwd())
// In development __dirname is the repository root (Node resolves the symlink): its .env, then the
// secrets the dev runner generated on first run. Variables already set always win.
loadEnv(NODE_ENV, __dirname)
if (!IS_PRODUCTION) {
  loadEnv("development", path.join(__dirname, ".dev"))
}

/**
 * Docker secrets convention: NAME_FILE points at a file holding NAME (Compose mounts them under
 * /run/secrets). DATABASE_PASSWORD_FILE fills the password into DATABASE_URL.
 */
export function readSecretFiles(env: Record<string, string | undefined>): void {
  for (const name of ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "DATABASE_URL", "REDIS_URL", "SATIM_PASSWORD"]) {
    const file = env[`${name}_FILE`]
    if (!file) continue
    if (env[name]) throw new Error(`Set ${name} or ${name}_FILE, not both`)
    env[name] = fs.readFileSync(file, "utf8").trim()
  }
  const passwordFile = env.DATABASE_PASSWORD_FILE
  if (passwordFile && env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    url.password = encodeURIComponent(fs.readFileSync(passwordFile, "utf8").trim())
    env.DATABASE_URL = url.toString()
  }
}
readSecretFiles(process.env)

/** Secrets whose weakness would let anyone forge sessions, tokens or guest links. */
export const REQUIRED_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET"] as const
export const MIN_SECRET_LENGTH = 32
/** Values copied from tutorials, starters and our own .env.example: never acceptable in production. */
const KNOWN_DEFAULT_SECRETS = [
  "supersecret",
  "secret",
  "changeme",
  "change-me",
  "password",
  "jwt_secret",
  "cookie_secret",
  "your-secret-here",
  "replace-with-at-least-32-random-characters",
]

/** Why each production secret is unacceptable (empty when all are fine). Pure: reads only `env`. */
export function weakSecretProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  for (const name of REQUIRED_SECRETS) {
    const value = env[name]
    if (!value) {
      problems.push(`${name} is missing`)
    } else if (KNOWN_DEFAULT_SECRETS.some((known) => value.toLowerCase().includes(known))) {
      problems.push(`${name} is a known default or placeholder`)
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push(`${name} is shorter than ${MIN_SECRET_LENGTH} characters`)
    } else if (new Set(value).size < 10) {
      problems.push(`${name} repeats too few characters to be random`)
    }
  }
  const present = REQUIRED_SECRETS.map((name) => env[name]).filter(Boolean)
  if (new Set(present).size < present.length) {
    problems.push(`${REQUIRED_SECRETS.join(", ")} must all differ`)
  }
  return problems
}

/** Other settings production cannot run without. */
function missingProductionSettings(env: Record<string, string | undefined>): string[] {
  return ["DATABASE_URL", "REDIS_URL", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "SMTP_HOST", "MAIL_FROM", "STOREFRONT_URL"]
    .filter((name) => !env[name])
    .map((name) => `${name} is missing`)
}

if (IS_PRODUCTION) {
  const problems = [...weakSecretProblems(process.env), ...missingProductionSettings(process.env)]
  if (problems.length) {
    // Thrown at load time: every Medusa command (start, worker, migrate) exits non-zero with this message.
    throw new Error(
      `Refusing to start in production:\n  - ${problems.join("\n  - ")}\n` +
        `Generate secrets with: openssl rand -base64 48 (see .env.example).`
    )
  }
}

/**
 * TRUSTED_PROXIES (who may tell the client's address in X-Forwarded-For, for the per-client limits):
 * addresses, CIDR ranges or proxy-addr's names, read by the kernel's client-address rule. A typo
 * would make every limited request fail: refused here, at start, by that same rule.
 */
export function trustedProxiesProblem(value: string | undefined): string | undefined {
  const bad = trustedProxies({ TRUSTED_PROXIES: value }).filter((entry) => {
    try {
      checkTrustedProxies({ TRUSTED_PROXIES: entry })
      return false
    } catch {
      return true
    }
  })
  return bad.length ? `TRUSTED_PROXIES holds ${bad.map((entry) => `"${entry}"`).join(", ")}: give addresses, CIDR ranges, loopback, linklocal or uniquelocal` : undefined
}
const trustedProxiesRefusal = trustedProxiesProblem(process.env.TRUSTED_PROXIES)
if (trustedProxiesRefusal) throw new Error(trustedProxiesRefusal)

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"])

/**
 * TLS towards a PostgreSQL on another host is mandatory in production unless DATABASE_SSL=disable
 * says the network is private (e.g. the Compose network). `verify` checks the server certificate
 * against DATABASE_CA_FILE (or the system CAs); `require` only encrypts.
 */
export function databaseDriverOptions(env: Record<string, string | undefined>, production: boolean) {
  const options: Record<string, unknown> = {}
  const poolMax = Number(env.DATABASE_POOL_MAX)
  if (Number.isInteger(poolMax) && poolMax > 0) {
    options.pool = { min: Math.min(2, poolMax), max: poolMax }
  }
  const url = env.DATABASE_URL ? new URL(env.DATABASE_URL) : undefined
  const remote = url !== undefined && !LOCAL_HOSTS.has(url.hostname)
  const mode = env.DATABASE_SSL || (production && remote ? "verify" : "disable")
  if (mode === "verify") {
    const ca = env.DATABASE_CA_FILE ? fs.readFileSync(env.DATABASE_CA_FILE, "utf8") : undefined
    options.connection = { ssl: { rejectUnauthorized: true, ...(ca ? { ca } : {}) } }
  } else if (mode === "require") {
    options.connection = { ssl: { rejectUnauthorized: false } }
  } else if (mode !== "disable") {
    throw new Error(`DATABASE_SSL must be verify, require or disable (got "${mode}")`)
  }
  return options
}

const REDIS_URL = process.env.REDIS_URL
/** Prefix for every Redis queue and key, so two environments can share one Redis server. */
const REDIS_PREFIX = process.env.REDIS_PREFIX || "mj"
// BullMQ refuses a queue name with ":" only when the first event is sent; say it at start instead.
if (!/^[A-Za-z0-9_-]{1,40}$/.test(REDIS_PREFIX)) {
  throw new Error(`REDIS_PREFIX must be 1 to 40 letters, digits, "-" or "_" (got "${REDIS_PREFIX}"): it names Redis queues.`)
}

function redisModules(redisUrl: string) {
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl, queueName: `${REDIS_PREFIX}-events` },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: {
        redis: {
          redisUrl,
          queueName: `${REDIS_PREFIX}-workflows`,
          jobQueueName: `${REDIS_PREFIX}-workflows-jobs`,
          queueOptions: { prefix: `${REDIS_PREFIX}-bull` },
          workerOptions: { prefix: `${REDIS_PREFIX}-bull` },
        },
      },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl, namespace: `${REDIS_PREFIX}:cache:` },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl, namespace: `${REDIS_PREFIX}:lock:` },
          },
        ],
      },
    },
  ]
}

if (!REDIS_URL && NODE_ENV === "development") {
  logger.warn("REDIS_URL is not set: in-memory event bus, workflow engine and locking (development only).")
}

/** Customer e-mail over SMTP; in development `npm run dev` runs a local sink on SMTP_PORT (1025). */
function smtpProviderOptions(env: Record<string, string | undefined>) {
  return {
    channels: ["email"],
    host: env.SMTP_HOST || "localhost",
    port: Number(env.SMTP_PORT || 1025),
    secure: env.SMTP_SECURE === "true",
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.MAIL_FROM || "MJ Chauffage <commandes@mj-chauffage.dz>",
    dkim: env.DKIM_DOMAIN
      ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKeyFile: env.DKIM_PRIVATE_KEY_FILE }
      : undefined,
  }
}

/**
 * Card payments (CIB / Edahabia) through SATIM, on when SATIM_BASE_URL is set; `npm run dev` points
 * it at the local simulator. The provider checks the values at start and names what is missing.
 */
export function satimSettings(env: Record<string, string | undefined>): Record<string, unknown> | undefined {
  if (!env.SATIM_BASE_URL) return undefined
  return {
    baseUrl: env.SATIM_BASE_URL,
    userName: env.SATIM_USERNAME,
    password: env.SATIM_PASSWORD,
    terminalId: env.SATIM_TERMINAL_ID,
    confirmEndpoint: env.SATIM_CONFIRM_ENDPOINT || "acknowledgeTransaction",
    language: env.SATIM_LANGUAGE || "FR",
    timeoutMs: env.SATIM_TIMEOUT_MS ? Number(env.SATIM_TIMEOUT_MS) : 15_000,
  }
}
const SATIM = satimSettings(process.env)
if (IS_PRODUCTION && SATIM && /^http:\/\/(localhost|127\.0\.0\.1)/.test(String(SATIM.baseUrl))) {
  throw new Error("Refusing to start in production: SATIM_BASE_URL points at the development simulator.")
}
/** The pay step's captcha is signed with a key derived from LINK_SIGNING_SECRET (never the secret itself). */
const CAPTCHA_SECRET = process.env.LINK_SIGNING_SECRET
  ? Buffer.from(crypto.hkdfSync("sha256", process.env.LINK_SIGNING_SECRET, "", "mj-chauffage payment captcha", 32)).toString("base64url")
  : undefined
/** The storefront's public address: SATIM sends the customer back to its card-payment page. */
const STOREFRONT_URL = (process.env.STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}`).replace(/\/$/, "")

const devOrigins = (ports: string[]) => ports.map((port) => `http://localhost:${port}`).join(",")
const STOREFRONT_PORT = process.env.STOREFRONT_PORT || "8000"
const API_PORT = process.env.PORT || "9000"
/** Medusa's public address (admin, file URLs). */
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || `http://localhost:${API_PORT}`

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: databaseDriverOptions(process.env, IS_PRODUCTION),
    redisUrl: REDIS_URL,
    redisPrefix: `${REDIS_PREFIX}:`,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || devOrigins([STOREFRONT_PORT]),
      adminCors: process.env.ADMIN_CORS || devOrigins([API_PORT]),
      authCors: process.env.AUTH_CORS || devOrigins([STOREFRONT_PORT, API_PORT]),
      // Production refuses to load without them (above); in development Medusa itself warns.
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
      compression: { enabled: true },
    },
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: IS_PRODUCTION,
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: BACKEND_URL,
  },
  // Workspace plugins (built into plugins/*/.medusa/server by npm run dev / build / test).
  plugins: [
    { resolve: "@mj-chauffage/booking", options: {} },
    // Options reach every module of the plugin: the SATIM payment records need the gateway too.
    { resolve: "@mj-chauffage/payments-dz", options: { satim: SATIM, satimReturnUrl: `${STOREFRONT_URL}/{locale}/paiement/carte`, captchaSecret: CAPTCHA_SECRET } },
  ],
  modules: [
    {
      // Listing the fulfillment module replaces Medusa's default, so the manual provider is re-listed.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // Home and stop-desk delivery priced per wilaya (src/modules/dz-delivery).
          { resolve: "./src/modules/dz-delivery", id: "dz" },
        ],
      },
    },
    {
      // Pictures on local disk, served by Medusa under /static at its own address (its port may change).
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: process.env.MEDUSA_FILE_URL || `${BACKEND_URL}/static` },
          },
        ],
      },
    },
    {
      // Product search (backend/src/search/product.ts) on PostgreSQL (pg_trgm + unaccent), in every environment.
      resolve: "@medusajs/medusa/search",
      options: { providers: [{ resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } }] },
    },
    {
      // Cash on delivery (pp_cod_cod) and, when configured, SATIM cards: enabled on the Algeria region by the seed.
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "@mj-chauffage/payments-dz/providers/cash-on-delivery", id: "cod" },
          // Card payment through SATIM (pp_satim_satim) when configured.
          ...(SATIM ? [{ resolve: "@mj-chauffage/payments-dz/providers/satim", id: "satim", options: SATIM }] : []),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "./src/modules/notification-smtp", id: "smtp", options: smtpProviderOptions(process.env) }] },
    },
    ...(REDIS_URL ? redisModules(REDIS_URL) : []),
  ],
})
