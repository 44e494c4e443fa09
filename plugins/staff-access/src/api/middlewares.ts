import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetStaffAccess } from "./admin/staff-access/validators"
import { guardStaffAccess } from "./staff-guard"
import { refuseDeactivatedLogin } from "./deactivated-login"
import { giveInvitedRole } from "./invite-acceptance"

export default defineMiddlewares({
  routes: [
    // No method: Medusa registers it before every route (its "global" bucket), after its own /admin authentication.
    { matcher: "/admin", middlewares: [guardStaffAccess] },
    // A deactivated account's right password gets a refusal that says so, not a token.
    { method: ["POST"], matcher: "/auth/user/emailpass", middlewares: [refuseDeactivatedLogin] },
    // The accepted invite's role is the new user's from their first request.
    { method: ["POST"], matcher: "/admin/invites/accept", middlewares: [giveInvitedRole] },
    { method: ["POST"], matcher: "/admin/staff-access/users/:id", middlewares: [validateAndTransformBody(AdminSetStaffAccess)] },
  ],
})
