import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { idempotent } from "./idempotent"
import {
  AdminCreateClosure,
  AdminCreateFaultType,
  AdminCreateTechnician,
  AdminCreateTimeOff,
  AdminCreateZone,
  AdminUpdateFaultType,
  AdminUpdateTechnician,
  AdminUpdateZone,
} from "./admin/booking/validators"
import { StoreCancelAppointment, StoreCreateAppointment, StoreRescheduleAppointment, StoreSlotsQuery } from "./store/booking/validators"

// Guests may book; a logged-in customer's visits are attached to their account and only they see them.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/booking/slots", middlewares: [validateAndTransformQuery(StoreSlotsQuery, {})] },
    { method: ["POST"], matcher: "/store/booking/appointments", middlewares: [optionalCustomer, validateAndTransformBody(StoreCreateAppointment), idempotent()] },
    { method: ["GET"], matcher: "/store/booking/appointments", middlewares: [authenticate("customer", ["session", "bearer"])] },
    { method: ["GET"], matcher: "/store/booking/appointments/:id", middlewares: [optionalCustomer] },
    { method: ["GET"], matcher: "/store/booking/appointments/:id/calendar.ics", middlewares: [optionalCustomer] },
    { method: ["POST"], matcher: "/store/booking/appointments/:id/cancel", middlewares: [optionalCustomer, validateAndTransformBody(StoreCancelAppointment)] },
    { method: ["POST"], matcher: "/store/booking/appointments/:id/reschedule", middlewares: [optionalCustomer, validateAndTransformBody(StoreRescheduleAppointment)] },
    // The office's booking settings (every /admin route needs a logged-in admin user).
    { method: ["POST"], matcher: "/admin/booking/technicians", middlewares: [validateAndTransformBody(AdminCreateTechnician)] },
    { method: ["POST"], matcher: "/admin/booking/technicians/:id", middlewares: [validateAndTransformBody(AdminUpdateTechnician)] },
    { method: ["POST"], matcher: "/admin/booking/technicians/:id/time-off", middlewares: [validateAndTransformBody(AdminCreateTimeOff)] },
    { method: ["POST"], matcher: "/admin/booking/zones", middlewares: [validateAndTransformBody(AdminCreateZone)] },
    { method: ["POST"], matcher: "/admin/booking/zones/:id", middlewares: [validateAndTransformBody(AdminUpdateZone)] },
    { method: ["POST"], matcher: "/admin/booking/fault-types", middlewares: [validateAndTransformBody(AdminCreateFaultType)] },
    { method: ["POST"], matcher: "/admin/booking/fault-types/:id", middlewares: [validateAndTransformBody(AdminUpdateFaultType)] },
    { method: ["POST"], matcher: "/admin/booking/closures", middlewares: [validateAndTransformBody(AdminCreateClosure)] },
  ],
})
