import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import StaffAccessModule from "../modules/staff-access"

/**
 * A staff member is one Medusa user. Read-only: the member's own `user_id` column is the link (unique,
 * one indexed read per admin request), so Query can still join a user and their role.
 */
export default defineLink({ linkable: StaffAccessModule.linkable.staffMember, field: "user_id" }, UserModule.linkable.user, { readOnly: true })
