/**
 * What production refuses to start with. Thrown while the configuration loads, so every Medusa
 * command (start, worker, migrate) exits non-zero with the reasons.
 */
import { checkTrustedProxies, trustedProxies } from "@mj-chauffage/shop-kernel/server/client-address"
import { showsDemoBaridpayAccount } from "./baridpay-demo"
import { chargilyEnabled } from "./providers"
import { storeCeilingProblem } from "./store-ceiling"

type Env = Record<string, string | undefined>

/**
 * Secrets whose weakness would let anyone forge sessions, tokens or guest links, or empty the
 * storefront's catalogue cache at will (STOREFRONT_REVALIDATE_SECRET, shared with the storefront).
 */
export const REQUIRED_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET"] as const
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
const PRODUCTION_SETTINGS = ["DATABASE_URL", "REDIS_URL", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "SMTP_HOST", "MAIL_FROM", "STOREFRONT_URL"]

/** Why each production secret is unacceptable (empty when all are fine). */
export function weakSecretProblems(env: Env): string[] {
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

/**
 * TRUSTED_PROXIES (who may tell the client's address in X-Forwarded-For, for the per-client limits):
 * a typo would make every limited request fail, so it is refused at start by the kernel's own rule.
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
  return bad.length
    ? `TRUSTED_PROXIES holds ${bad.map((entry) => `"${entry}"`).join(", ")}: give addresses, CIDR ranges, loopback, linklocal or uniquelocal`
    : undefined
}

/** Chargily, only when enabled: a live key of Chargily's shape, live mode, Chargily's own address. */
export function chargilyProblems(env: Env): string[] {
  if (!chargilyEnabled(env)) return []
  const problems: string[] = []
  const key = env.CHARGILY_SECRET_KEY ?? ""
  if (!key) problems.push("CHARGILY_SECRET_KEY is missing (Chargily is enabled by CHARGILY_MODE or CHARGILY_BASE_URL)")
  else if (!key.startsWith("live_sk_") || key.length < MIN_SECRET_LENGTH) problems.push("CHARGILY_SECRET_KEY is not a live secret key (live_sk_…, at least 32 characters)")
  if (env.CHARGILY_MODE !== "live") problems.push("CHARGILY_MODE must be live in production (test mode takes no real money)")
  if (env.CHARGILY_BASE_URL) problems.push("CHARGILY_BASE_URL is for the development simulator only")
  return problems
}

/** BaridPay, only when enabled: never `npm run dev`'s demo account, which customers would pay into. */
export function baridpayProblems(env: Env): string[] {
  if (!env.BARIDPAY_RIP || !showsDemoBaridpayAccount(env)) return []
  return ["BARIDPAY_RIP / BARIDPAY_QR_PAYLOAD / BARIDPAY_QR_URL show the development demo account: set the shop's own CCP RIP and QR"]
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:"
  } catch {
    return false
  }
}

/** Every reason production would be unsafe with these settings. */
export function productionProblems(env: Env): string[] {
  const problems = [...weakSecretProblems(env), ...PRODUCTION_SETTINGS.filter((name) => !env[name]).map((name) => `${name} is missing`)]
  // Only SATIM's https addresses: checking for the simulator's host names let http://[::1] or any plain http through.
  if (env.SATIM_BASE_URL && !isHttpsUrl(env.SATIM_BASE_URL)) {
    problems.push("SATIM_BASE_URL must be SATIM's https address (plain http, as the development simulator uses, is refused)")
  }
  problems.push(...chargilyProblems(env), ...baridpayProblems(env))
  if (env.SMS_PROVIDER === "dev") problems.push("SMS_PROVIDER=dev writes SMS to files instead of sending them")
  return problems
}

/** Throws what is wrong: TRUSTED_PROXIES and the Store API ceiling in every environment, the rest in production. */
export function refuseUnsafeSettings(env: Env, production: boolean): void {
  const setting = trustedProxiesProblem(env.TRUSTED_PROXIES) ?? storeCeilingProblem(env, production)
  if (setting) throw new Error(setting)
  const problems = production ? productionProblems(env) : []
  if (problems.length) {
    throw new Error(
      `Refusing to start in production:\n  - ${problems.join("\n  - ")}\n` + `Generate secrets with: openssl rand -base64 48 (see .env.example).`
    )
  }
}
