import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { REVOCATION_TTL_SECONDS, isRevoked, revocationKey } from "../../lib/auth/revocation"

type Session = { auth_context?: { auth_identity_id?: string }; issued_at?: number; destroy?: (done: (error?: unknown) => void) => void }
type Request = MedusaRequest & { session?: Session; auth_context?: { auth_identity_id?: string } }

/**
 * Ends every token and cookie session of this auth identity issued until now. Tokens carry their
 * issue time in whole seconds, and one issued in the second of the revocation counts as revoked:
 * so this returns only once that second is over, and a login made after the answer is never caught.
 */
export async function revokeSessions(scope: MedusaContainer, authIdentityId: string): Promise<void> {
  await scope.resolve<ICacheService>(Modules.CACHE).set(revocationKey(authIdentityId), Date.now(), REVOCATION_TTL_SECONDS)
  await new Promise((resolve) => setTimeout(resolve, 1005 - (Date.now() % 1000)))
}

const revokedAt = (scope: MedusaContainer, authIdentityId: string) => scope.resolve<ICacheService>(Modules.CACHE).get<number>(revocationKey(authIdentityId))

/** The bearer token's identity and issue time, when it is a valid token of ours. */
function bearerOf(req: Request): { authIdentityId: string; issuedAt?: number } | undefined {
  if (!/^bearer /i.test(req.headers.authorization ?? "")) return undefined
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const context = getAuthContextFromJwtToken(req.headers.authorization, http.jwtSecret!, ["bearer"], ["*", "customer", "user"], http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions) as
    | ({ auth_identity_id?: string; iat?: number } & object)
    | null
  return context?.auth_identity_id ? { authIdentityId: context.auth_identity_id, issuedAt: context.iat } : undefined
}

const REVOKED = "This session has ended (logout or password change): log in again."

/**
 * Before any route: a bearer token or a cookie session issued before its account's last logout or
 * password change is refused (401 session_revoked); such a cookie session is also destroyed.
 */
export async function refuseRevokedSessions(req: Request, res: MedusaResponse, next: MedusaNextFunction) {
  const bearer = bearerOf(req)
  const sessionIdentity = req.session?.auth_context?.auth_identity_id
  if (bearer && isRevoked(bearer.issuedAt, await revokedAt(req.scope, bearer.authIdentityId))) {
    res.status(401).json(refusalBody("unauthorized", refusal("session_revoked"), REVOKED))
    return
  }
  if (sessionIdentity && isRevoked(req.session?.issued_at === undefined ? undefined : Math.floor(req.session.issued_at / 1000), await revokedAt(req.scope, sessionIdentity))) {
    req.session?.destroy?.(() => undefined)
    res.status(401).json(refusalBody("unauthorized", refusal("session_revoked"), REVOKED))
    return
  }
  next()
}

/** POST /auth/session: the cookie session remembers when it began, for the rule above. */
export function stampNewSession(req: Request, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.session) req.session.issued_at = Date.now()
  next()
}

/** DELETE /auth/session (the dashboard's logout): every session and token of the account ends. */
export async function revokeOnLogout(req: Request, _res: MedusaResponse, next: MedusaNextFunction) {
  const identity = req.session?.auth_context?.auth_identity_id ?? bearerOf(req)?.authIdentityId
  if (identity) await revokeSessions(req.scope, identity)
  next()
}

/**
 * POST /auth/{actor}/emailpass/update (a new password through a reset link): once Medusa accepts
 * it, every earlier session and token of the account ends, before the answer leaves.
 */
export function revokeOnPasswordChange(req: Request, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    const identity = req.auth_context?.auth_identity_id
    if (res.statusCode !== 200 || !identity) return send(body)
    revokeSessions(req.scope, identity).then(
      () => send(body),
      () => send(body)
    )
    return res
  }) as typeof res.json
  next()
}
