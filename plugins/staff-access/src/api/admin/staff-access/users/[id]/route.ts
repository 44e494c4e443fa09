import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { setStaffAccessWorkflow } from "../../../../../workflows/set-staff-access"
import { readStaffAccess } from "../../read"
import type { AdminSetStaffAccessType } from "../../validators"

async function readOne(req: AuthenticatedMedusaRequest<unknown>) {
  const [staff] = await readStaffAccess(req.scope, [req.params.id!])
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No admin user ${req.params.id}.`, refusal("unknown_user"))
  return staff
}

/** GET /admin/staff-access/users/:id: the user's role and whether they are active (admins only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ staff: await readOne(req) })
}

/**
 * POST /admin/staff-access/users/:id: set the role and/or (de)activate (admins only). Counts from the
 * user's next request; every change goes to the security log with who made it.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetStaffAccessType>, res: MedusaResponse) {
  const { result } = await setStaffAccessWorkflow(req.scope).run({ input: { user_id: req.params.id!, ...req.validatedBody } })
  const { before, after } = result
  const event = before.is_active !== after.is_active ? (after.is_active ? "staff_reactivated" : "staff_deactivated") : "staff_role_changed"
  securityEvent({
    event,
    outcome: "success",
    actor: req.auth_context.actor_id,
    target: after.user_id,
    role_before: before.role,
    role_after: after.role,
    active_before: before.is_active,
    active_after: after.is_active,
    client: clientAddress(req),
    request_id: (req as { requestId?: string }).requestId ?? null,
  })
  res.json({ staff: await readOne(req) })
}
