/** What an admin sends to set a staff member's role or (de)activate them. Messages in French (the office works in French). */
import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../../../lib/permissions/roles"

export const AdminSetStaffAccess = z
  .object({
    role: z.enum(STAFF_ROLES, { message: "Le rôle est administrateur (admin), gérant (manager) ou technicien (technician)." }).optional(),
    is_active: z.boolean({ message: "is_active est vrai ou faux." }).optional(),
  })
  .strict()
  .refine((body) => body.role !== undefined || body.is_active !== undefined, { message: "Indiquez un rôle ou l'état actif du compte." })
export type AdminSetStaffAccessType = z.infer<typeof AdminSetStaffAccess>
