/** Settings of the providers that talk to the outside: SMTP mail, SMS and SATIM card payments. */
import crypto from "node:crypto"
import path from "node:path"

type Env = Record<string, string | undefined>

/** Customer e-mail over SMTP; in development `npm run dev` runs a local sink on SMTP_PORT (1025). */
export function smtpProviderOptions(env: Env) {
  return {
    channels: ["email"],
    host: env.SMTP_HOST || "localhost",
    port: Number(env.SMTP_PORT || 1025),
    secure: env.SMTP_SECURE === "true",
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.MAIL_FROM || "MJ Chauffage <commandes@mj-chauffage.dz>",
    dkim: env.DKIM_DOMAIN ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKeyFile: env.DKIM_PRIVATE_KEY_FILE } : undefined,
  }
}

/** The SMS gateways SMS_PROVIDER may name. A real Algerian gateway is added here (see .env.example). */
export const SMS_PROVIDERS = ["dev", "none"] as const

type ProviderRegistration = { resolve: string; id: string; options: Record<string, unknown> }

/**
 * The notification provider of the `sms` channel (visit reminders, technicians' notices), from
 * SMS_PROVIDER: `dev` writes each SMS to a file in SMS_DEV_DIR (default `.dev/sms` at the
 * repository root), the default outside production; `none` sends none. Production has no SMS
 * until a gateway is configured: the channel is then not registered and the booking plugin skips
 * SMS with one warning. The file writer is never registered in production (production-policy.ts
 * also refuses SMS_PROVIDER=dev there). An unknown name is refused everywhere: a typo must not
 * silently turn SMS off.
 */
export function smsProviderRegistration(env: Env, production: boolean, repositoryRoot: string): ProviderRegistration | undefined {
  const name = env.SMS_PROVIDER || (production ? "none" : "dev")
  if (!(SMS_PROVIDERS as readonly string[]).includes(name)) {
    throw new Error(`SMS_PROVIDER="${name}" is not an SMS provider of this shop (${SMS_PROVIDERS.join(", ")})`)
  }
  if (name === "none" || production) return undefined
  return {
    resolve: "./src/modules/notification-sms-dev",
    id: "sms-dev",
    options: { channels: ["sms"], directory: env.SMS_DEV_DIR || path.join(repositoryRoot, ".dev", "sms") },
  }
}

/**
 * Card payments (CIB / Edahabia) through SATIM, on when SATIM_BASE_URL is set; `npm run dev` points
 * it at the local simulator. The provider checks the values at start and names what is missing.
 */
export function satimSettings(env: Env): Record<string, unknown> | undefined {
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

/**
 * Online payment (CIB / Edahabia) through Chargily Pay v2, on when CHARGILY_SECRET_KEY is set (or
 * CHARGILY_MODE / CHARGILY_BASE_URL, so that a half-configured Chargily is refused, not ignored);
 * `npm run dev` points it at the local simulator. The provider checks the values at start.
 */
export function chargilySettings(env: Env): Record<string, unknown> | undefined {
  if (!chargilyEnabled(env)) return undefined
  return {
    secretKey: env.CHARGILY_SECRET_KEY,
    mode: env.CHARGILY_MODE || "test",
    baseUrl: env.CHARGILY_BASE_URL || undefined,
    timeoutMs: env.CHARGILY_TIMEOUT_MS ? Number(env.CHARGILY_TIMEOUT_MS) : undefined,
  }
}

export const chargilyEnabled = (env: Env) => Boolean(env.CHARGILY_SECRET_KEY || env.CHARGILY_MODE || env.CHARGILY_BASE_URL)

/**
 * BaridPay (BaridiMob QR payment, assisted: no merchant API), on when BARIDPAY_RIP is set: the CCP
 * account's RIP, and the QR code customers scan, as an image address (BARIDPAY_QR_URL) or the QR's
 * text (BARIDPAY_QR_PAYLOAD, drawn by the storefront). The provider checks the values at start.
 */
export function baridpaySettings(env: Env): Record<string, unknown> | undefined {
  if (!env.BARIDPAY_RIP) return undefined
  return { rip: env.BARIDPAY_RIP, qr_url: env.BARIDPAY_QR_URL || undefined, qr_payload: env.BARIDPAY_QR_PAYLOAD || undefined }
}

/** The pay step's captcha key, derived from LINK_SIGNING_SECRET (never the secret itself). */
export function captchaSecret(env: Env): string | undefined {
  if (!env.LINK_SIGNING_SECRET) return undefined
  return Buffer.from(crypto.hkdfSync("sha256", env.LINK_SIGNING_SECRET, "", "mj-chauffage payment captcha", 32)).toString("base64url")
}
