import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetStaffAccess } from "./admin/staff-access/validators"
import { guardStaffAccess } from "./staff-guard"

export default defineMiddlewares({
  routes: [
    // No method: Medusa registers it before every route (its "global" bucket), after its own /admin authentication.
    { matcher: "/admin", middlewares: [guardStaffAccess] },
    { method: ["POST"], matcher: "/admin/staff-access/users/:id", middlewares: [validateAndTransformBody(AdminSetStaffAccess)] },
  ],
})
