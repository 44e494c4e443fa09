import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeSessions } from "../revoked-sessions"

/**
 * POST /auth/logout: the caller (a bearer token, e.g. the storefront's server for a customer, or a
 * cookie session) logs out everywhere: every token and session of the account issued until now ends.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await revokeSessions(req.scope, req.auth_context.auth_identity_id)
  const session = (req as { session?: { destroy?: (done: () => void) => void } }).session
  await new Promise<void>((resolve) => (session?.destroy ? session.destroy(() => resolve()) : resolve()))
  res.json({ success: true })
}
