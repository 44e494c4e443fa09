import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { standingOf } from "../../../../lib/access/staff-standing"
import { ROLE_PERMISSIONS } from "../../../../lib/permissions/roles"

/** GET /admin/staff-access/me: the logged-in staff member's role and permissions (the dashboard adapts to them). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const standing = await standingOf(req.scope, req.auth_context)
  res.json({ role: standing?.role ?? null, permissions: standing?.role ? ROLE_PERMISSIONS[standing.role] : [] })
}
