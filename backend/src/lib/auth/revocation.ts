/**
 * When a login ends. "Every session of this account ends now" (logout, password change): the moment
 * is kept per auth identity, and a token or cookie session issued at or before it is refused. And
 * every session has an idle limit and an absolute one, shorter for staff than for customers. Pure
 * rules here; the moments live in Medusa's cache module (Redis in production, shared by every server).
 */
/** Longer than any token or session lives, so a revocation outlasts what it revokes. */
export const REVOCATION_TTL_SECONDS = 8 * 24 * 3600

export const revocationKey = (authIdentityId: string) => `auth:revoked-before:${authIdentityId}`

/**
 * Whether something issued at `issuedAtSeconds` (a JWT's `iat`, whole seconds) was revoked at
 * `revokedAtMs`. Issued in the same second as the revocation counts as revoked: safe side (a login
 * in the very second after a logout is asked again).
 */
export function isRevoked(issuedAtSeconds: number | undefined, revokedAtMs: number | null | undefined): boolean {
  if (revokedAtMs == null) return false
  if (issuedAtSeconds === undefined || !Number.isFinite(issuedAtSeconds)) return true
  return issuedAtSeconds <= Math.floor(revokedAtMs / 1000)
}

/** Idle and absolute limits: a customer stays logged in for a week if active; staff for a working day. */
export const SESSION_LIMITS = {
  customer: { idleMs: 30 * 60_000, absoluteMs: 7 * 24 * 3600_000 },
  user: { idleMs: 15 * 60_000, absoluteMs: 10 * 3600_000 },
} as const

export const activityKey = (sessionKey: string) => `auth:active:${sessionKey}`

/**
 * Whether a session begun at `issuedAtMs`, last seen at `lastSeenMs` (null: not seen within its
 * idle limit, or never), has ended by `nowMs`.
 */
export function hasExpired(actor: string | undefined, issuedAtMs: number, lastSeenMs: number | null | undefined, nowMs: number): boolean {
  const limits = actor === "user" ? SESSION_LIMITS.user : SESSION_LIMITS.customer
  if (nowMs - issuedAtMs > limits.absoluteMs) return true
  const lastActive = Math.max(issuedAtMs, lastSeenMs ?? 0)
  return nowMs - lastActive > limits.idleMs
}
