import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseCustomerWorkflow } from "../../../../../workflows/erase-customer"
import { revokeSessions } from "../../../../auth/revoked-sessions"

/**
 * POST /store/customers/me/erase: the logged-in customer deletes their account. Orders and visits
 * stay, anonymised; the login is deleted and every token of it ends at once.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await eraseCustomerWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, auth_identity_id: req.auth_context.auth_identity_id },
  })
  await revokeSessions(req.scope, req.auth_context.auth_identity_id)
  res.json({ erased: true, orders_kept: result.orders, visits_kept: result.visits })
}
