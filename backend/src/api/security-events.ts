import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"

type Request = MedusaRequest & { requestId?: string; auth_context?: { actor_id?: string } }

const outcomeOf = (status: number) => (status < 400 ? "success" : status === 429 || status === 403 ? "refused" : "failure")

/** Once the answer is sent: one security-log line saying what was tried, by whom, from where, and how it ended. */
export function logWhenAnswered(req: Request, res: MedusaResponse, event: string, details: () => Record<string, unknown> = () => ({})) {
  res.on("finish", () => {
    securityEvent({
      event,
      outcome: outcomeOf(res.statusCode),
      status: res.statusCode,
      client: clientAddress(req),
      request_id: req.requestId ?? null,
      ...details(),
    })
  })
}

/** The e-mail an auth request names (the account tried), if any. */
export const namedAccount = (req: MedusaRequest) => {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const named = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : null
  return named?.trim().toLowerCase() ?? null
}

/** A middleware that logs the request's outcome as `event`, naming the account it concerns. */
export function logged(event: string) {
  return (req: Request, res: MedusaResponse, next: () => void) => {
    logWhenAnswered(req, res, event, () => ({ actor: req.auth_context?.actor_id ?? namedAccount(req) }))
    next()
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/** Every change a staff member makes through /admin (orders, refunds, planning…): who, what, and the answer. */
export function logStaffChanges(req: Request, res: MedusaResponse, next: () => void) {
  if (!READS.has(req.method)) {
    logWhenAnswered(req, res, "staff_change", () => ({ actor: req.auth_context?.actor_id ?? null, method: req.method, path: (req.originalUrl ?? req.url).split("?")[0] }))
  }
  next()
}
