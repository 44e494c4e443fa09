/**
 * Signed links for guests (order page from the e-mail, order tracking, appointments): an HMAC-SHA256
 * over a purpose, a subject (e.g. an order id) and an expiry, with LINK_SIGNING_SECRET, a secret used
 * for nothing else. A token signed for one purpose never opens another.
 */
import crypto from "node:crypto"

export type LinkVerification =
  | { ok: true; subject: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "bad_signature" | "wrong_purpose" | "expired" }

const VERSION = "v1"
const MIN_SECRET_LENGTH = 32

function assertSecret(secret: string) {
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The link-signing secret must be at least ${MIN_SECRET_LENGTH} characters`)
  }
}

const hmac = (secret: string, data: string) => crypto.createHmac("sha256", secret).update(data).digest()

export function signLink(
  input: { purpose: string; subject: string; expiresAt: Date },
  secret: string
): string {
  assertSecret(secret)
  const payload = Buffer.from(
    JSON.stringify({ p: input.purpose, s: input.subject, e: Math.floor(input.expiresAt.getTime() / 1000) })
  ).toString("base64url")
  return `${VERSION}.${payload}.${hmac(secret, `${VERSION}.${payload}`).toString("base64url")}`
}

export function verifyLink(token: string, purpose: string, secret: string, now: Date = new Date()): LinkVerification {
  assertSecret(secret)
  const parts = typeof token === "string" ? token.split(".") : []
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: "malformed" }
  const [version, payload, signature] = parts
  const expected = hmac(secret, `${version}.${payload}`)
  const given = Buffer.from(signature, "base64url")
  // Only the canonical encoding is accepted: base64url's unused trailing bits must not yield variants.
  if (given.toString("base64url") !== signature) return { ok: false, reason: "bad_signature" }
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { ok: false, reason: "bad_signature" }
  }
  let claims: { p?: unknown; s?: unknown; e?: unknown }
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
  } catch {
    return { ok: false, reason: "malformed" }
  }
  if (typeof claims.s !== "string" || typeof claims.e !== "number") return { ok: false, reason: "malformed" }
  if (claims.p !== purpose) return { ok: false, reason: "wrong_purpose" }
  const expiresAt = new Date(claims.e * 1000)
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: "expired" }
  return { ok: true, subject: claims.s, expiresAt }
}

/** The secret from the environment; medusa-config.ts already refuses a weak one in production. */
export function linkSigningSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.LINK_SIGNING_SECRET
  if (!secret) throw new Error("LINK_SIGNING_SECRET is not set")
  return secret
}
