import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { outcomeOfStatus, securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"

type Request = MedusaRequest & { requestId?: string; auth_context?: { actor_id?: string } }

/** Once the answer is sent: one security-log line saying what was tried, by whom, from where, and how it ended. */
export function logWhenAnswered(req: Request, res: MedusaResponse, event: string, details: () => Record<string, unknown> = () => ({})) {
  res.on("finish", () => {
    securityEvent({
      event,
      outcome: outcomeOfStatus(res.statusCode),
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
