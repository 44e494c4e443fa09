import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readStaffAccess } from "../read"

/** GET /admin/staff-access/users: every admin user with their role and whether they are active (admins only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ staff: await readStaffAccess(req.scope) })
}
