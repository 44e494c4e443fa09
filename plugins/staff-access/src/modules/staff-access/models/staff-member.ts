import { model } from "@medusajs/framework/utils"
import { STAFF_ROLES } from "../../../lib/permissions/roles"

/**
 * A Medusa admin user's place in the shop: their role and whether the account may still act.
 * One per user (unique `user_id`, read through the link in src/links/staff-member-user.ts); a user
 * without one has no staff access at all.
 */
export const StaffMember = model
  .define("staff_member", {
    id: model.id({ prefix: "staff" }).primaryKey(),
    user_id: model.text().unique(),
    role: model.enum([...STAFF_ROLES]),
    is_active: model.boolean().default(true),
  })
