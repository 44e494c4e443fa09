import crypto from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { REVOCATION_TTL_SECONDS, SESSION_LIMITS, activityKey, hasExpired, isRevoked, revocationKey } from "../../lib/auth/revocation"

type Session = {
  auth_context?: { auth_identity_id?: string; actor_type?: string }
  issued_at?: number
  destroy?: (done: (error?: unknown) => void) => void
  regenerate?: (done: (error?: unknown) => void) => void
}
type Request = MedusaRequest & { session?: Session; sessionID?: string; auth_context?: { auth_identity_id?: string } }

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

type Bearer = { authIdentityId: string; actor?: string; issuedAt?: number; fingerprint: string }

/** The bearer token's identity, actor and issue time, when it is a valid token of ours. */
function bearerOf(req: Request): Bearer | undefined {
  if (!/^bearer /i.test(req.headers.authorization ?? "")) return undefined
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const context = getAuthContextFromJwtToken(req.headers.authorization, http.jwtSecret!, ["bearer"], ["*", "customer", "user"], http.jwtPublicKey, http.jwtVerifyOptions ?? http.jwtOptions) as
    | ({ auth_identity_id?: string; actor_type?: string; iat?: number } & object)
    | null
  if (!context?.auth_identity_id) return undefined
  const fingerprint = crypto.createHash("sha256").update(req.headers.authorization!).digest("base64url")
  return { authIdentityId: context.auth_identity_id, actor: context.actor_type, issuedAt: context.iat, fingerprint }
}

/** Whether the session has passed its idle or absolute limit; if not, it counts as active now. */
async function hasEnded(scope: MedusaContainer, actor: string | undefined, issuedAtMs: number, sessionKey: string): Promise<boolean> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  const now = Date.now()
  if (hasExpired(actor, issuedAtMs, await cache.get<number>(activityKey(sessionKey)), now)) return true
  const idle = actor === "user" ? SESSION_LIMITS.user.idleMs : SESSION_LIMITS.customer.idleMs
  await cache.set(activityKey(sessionKey), now, Math.ceil(idle / 1000))
  return false
}

const REVOKED = "This session has ended (logout or password change): log in again."
const EXPIRED = "This session has expired (inactive too long, or open too long): log in again."

/**
 * Before any route: a bearer token or a cookie session issued before its account's last logout or
 * password change is refused (401 session_revoked), and one past its idle or absolute limit too
 * (401 session_expired); such a cookie session is also destroyed.
 */
export async function refuseEndedSessions(req: Request, res: MedusaResponse, next: MedusaNextFunction) {
  const refuse = (code: "session_revoked" | "session_expired", destroy = false) => {
    if (destroy) req.session?.destroy?.(() => undefined)
    res.status(401).json(refusalBody("unauthorized", refusal(code), code === "session_revoked" ? REVOKED : EXPIRED))
  }
  const bearer = bearerOf(req)
  if (bearer) {
    if (isRevoked(bearer.issuedAt, await revokedAt(req.scope, bearer.authIdentityId))) return refuse("session_revoked")
    if (bearer.issuedAt !== undefined && (await hasEnded(req.scope, bearer.actor, bearer.issuedAt * 1000, `t:${bearer.fingerprint}`))) return refuse("session_expired")
  }
  const session = req.session?.auth_context?.auth_identity_id ? req.session : undefined
  if (session?.auth_context?.auth_identity_id) {
    const issuedAt = session.issued_at
    if (isRevoked(issuedAt === undefined ? undefined : Math.floor(issuedAt / 1000), await revokedAt(req.scope, session.auth_context.auth_identity_id))) return refuse("session_revoked", true)
    if (issuedAt !== undefined && req.sessionID && (await hasEnded(req.scope, session.auth_context.actor_type, issuedAt, `s:${req.sessionID}`))) return refuse("session_expired", true)
  }
  next()
}

/**
 * POST /auth/session (a login becomes a cookie session): always a new session id, so a cookie planted
 * before the login (session fixation) never becomes a logged-in one; it remembers when it began.
 */
export function startFreshSession(req: Request, _res: MedusaResponse, next: MedusaNextFunction) {
  const stamp = () => {
    if (req.session) req.session.issued_at = Date.now()
    next()
  }
  if (!req.session?.regenerate) return stamp()
  req.session.regenerate((error: unknown) => (error ? next(error) : stamp()))
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
