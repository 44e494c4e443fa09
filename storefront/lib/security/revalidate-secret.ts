import crypto from "node:crypto"
import fs from "node:fs"

/** Shorter secrets are refused: guessing one would let anyone empty the catalogue cache at will. */
export const MIN_REVALIDATE_SECRET_LENGTH = 32

/**
 * The secret Medusa sends with POST /api/revalidate: STOREFRONT_REVALIDATE_SECRET, or the file
 * STOREFRONT_REVALIDATE_SECRET_FILE names (a Compose secret). Undefined when unset or too short,
 * and then every call is refused.
 */
export function revalidateSecret(env: Record<string, string | undefined> = process.env): string | undefined {
  const file = env.STOREFRONT_REVALIDATE_SECRET_FILE
  const secret = env.STOREFRONT_REVALIDATE_SECRET || (file ? fs.readFileSync(file, "utf8").trim() : undefined)
  return secret && secret.length >= MIN_REVALIDATE_SECRET_LENGTH ? secret : undefined
}

/**
 * True when the Authorization header is "Bearer <secret>". Both sides are hashed first so the
 * comparison takes the same time whatever the length or the first differing character.
 */
export function carriesRevalidateSecret(authorization: string | null | undefined, secret: string | undefined): boolean {
  if (!secret || !authorization?.startsWith("Bearer ")) return false
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest()
  return crypto.timingSafeEqual(digest(authorization.slice("Bearer ".length)), digest(secret))
}
