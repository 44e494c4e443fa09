import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { markRequestLogged, securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { standingOf, type StaffStanding } from "../lib/access/staff-standing"
import { decide, requirementOf, routePath } from "../lib/permissions/decide"
import { refusalSentence } from "../lib/permissions/refusal-words"

type Request = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string }; requestId?: string }

function logRefusal(req: Request, standing: StaffStanding | undefined, code: string, requirement: string) {
  markRequestLogged(req)
  securityEvent({
    event: "staff_request_refused",
    outcome: "refused",
    actor: standing?.user_id ?? null,
    role: standing?.role ?? null,
    via: standing?.via ?? null,
    code,
    requirement,
    method: req.method,
    path: routePath(req.originalUrl ?? req.url),
    client: clientAddress(req),
    request_id: req.requestId ?? null,
  })
}

/**
 * Every /admin request, after Medusa has authenticated it (its /admin authentication runs before any
 * middleware of ours): the caller's role, read now, must give the route's permission (lib/permissions).
 * A deactivated account's tokens and sessions stop at once (401: the dashboard goes back to its login).
 * The messages are in French: the dashboard shows them to the shop's staff as they are.
 */
export async function guardStaffAccess(req: Request, res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url
  if (requirementOf(req.method, url) === "public") return next()
  const standing = await standingOf(req.scope, req.auth_context)
  if (!standing) {
    logRefusal(req, undefined, "staff_no_role", "login")
    return res.status(401).json(refusalBody("unauthorized", refusal("staff_no_role"), "Cette requête ne vient pas d'un compte du personnel : connectez-vous à l'administration."))
  }
  if (!standing.is_active) {
    logRefusal(req, standing, "staff_account_deactivated", "login")
    return res
      .status(401)
      .json(refusalBody("unauthorized", refusal("staff_account_deactivated"), "Ce compte du personnel a été désactivé : demandez à un administrateur de le réactiver."))
  }
  const decision = decide(standing.role, req.method, url)
  if (decision.allowed) return next()
  if (standing.role === null) {
    logRefusal(req, standing, "staff_no_role", decision.requirement)
    return res
      .status(403)
      .json(refusalBody("not_allowed", refusal("staff_no_role"), "Ce compte n'a pas encore de rôle : demandez à un administrateur de lui en donner un (Paramètres → Utilisateurs)."))
  }
  logRefusal(req, standing, "staff_forbidden", decision.requirement)
  const requirement = decision.requirement === "public" ? "unmapped" : decision.requirement
  return res.status(403).json(refusalBody("not_allowed", refusal("staff_forbidden"), refusalSentence(standing.role, requirement)))
}
