/**
 * "Every session of this account ends now" (logout, password change): the moment is kept per auth
 * identity, and a token or cookie session issued at or before it is refused. Pure rule here; the
 * moment lives in Medusa's cache module (Redis in production, shared by every server).
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
