import type { IncomingMessage } from "node:http"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { outcomeOfStatus, requestWasLogged, securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { setAnswerHook } from "./answer-hooks"

const READS = new Set(["GET", "HEAD", "OPTIONS"])
const REFUSED = new Set([401, 403])

type StaffRequest = IncomingMessage & { originalUrl?: string; requestId?: string; auth_context?: { actor_id?: string } }

/**
 * The security log's staff lines: every change tried through /admin (orders, refunds, planning…) and
 * every /admin request refused for want of a valid login or of the right — reads and anonymous ones
 * too — with who, what and the answer. Written as the answer's head is (answer-hooks.ts), because
 * Medusa's own admin authentication answers 401 before any middleware of ours runs.
 */
export function installStaffRequestsLog(): void {
  setAnswerHook("staff-requests-log", (req, _res, status) => {
    const request = req as StaffRequest
    const path = (request.originalUrl ?? req.url ?? "/").split("?")[0]!
    if (path !== "/admin" && !path.startsWith("/admin/")) return
    const refused = REFUSED.has(status)
    if (!refused && READS.has(req.method ?? "GET")) return
    // The staff-access guard wrote its own line for a role refusal (with the role and the permission).
    if (requestWasLogged(req)) return
    securityEvent({
      event: refused ? "staff_refused" : "staff_change",
      outcome: outcomeOfStatus(status),
      status,
      client: clientAddress(req),
      request_id: request.requestId ?? null,
      actor: request.auth_context?.actor_id ?? null,
      method: req.method,
      path,
    })
  })
}
