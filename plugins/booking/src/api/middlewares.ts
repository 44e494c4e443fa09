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
} from "./admin/booking/reference-validators"
import { StoreCancelAppointment, StoreCreateAppointment, StoreRescheduleAppointment, StoreSlotsQuery } from "./store/booking/validators"
import {
  AdminAppointmentsQuery,
  AdminAssignAppointment,
  AdminCancelAppointment,
  AdminCreateAppointment,
  AdminPlanningQuery,
  AdminSlotsQuery,
  MyVisitsQuery,
  VisitDone,
  VisitReportsQuery,
  VisitStatusChange,
} from "./admin/booking/validators"
import { onlyTechnicians } from "./admin/booking/my-visits/technician"

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

    // The office (Medusa authenticates every /admin route for staff).
    { method: ["GET"], matcher: "/admin/booking/planning", middlewares: [validateAndTransformQuery(AdminPlanningQuery, {})] },
    { method: ["GET"], matcher: "/admin/booking/slots", middlewares: [validateAndTransformQuery(AdminSlotsQuery, {})] },
    { method: ["GET"], matcher: "/admin/booking/appointments", middlewares: [validateAndTransformQuery(AdminAppointmentsQuery, {})] },
    { method: ["POST"], matcher: "/admin/booking/appointments", middlewares: [validateAndTransformBody(AdminCreateAppointment)] },
    { method: ["POST"], matcher: "/admin/booking/appointments/:id/assign", middlewares: [validateAndTransformBody(AdminAssignAppointment)] },
    { method: ["POST"], matcher: "/admin/booking/appointments/:id/status", middlewares: [validateAndTransformBody(VisitStatusChange)] },
    { method: ["POST"], matcher: "/admin/booking/appointments/:id/cancel", middlewares: [validateAndTransformBody(AdminCancelAppointment)] },
    { method: ["GET"], matcher: "/admin/booking/visit-reports", middlewares: [validateAndTransformQuery(VisitReportsQuery, {})] },

    // "Mes interventions": the logged-in technician's own visits only (my-visits/technician.ts).
    { matcher: "/admin/booking/my-visits*", middlewares: [onlyTechnicians] },
    { method: ["GET"], matcher: "/admin/booking/my-visits", middlewares: [validateAndTransformQuery(MyVisitsQuery, {})] },
    { method: ["POST"], matcher: "/admin/booking/my-visits/:id/status", middlewares: [validateAndTransformBody(VisitStatusChange.extend({ status: VisitStatusChange.shape.status.exclude(["confirmed"]) }))] },
    { method: ["POST"], matcher: "/admin/booking/my-visits/:id/done", middlewares: [validateAndTransformBody(VisitDone)] },
  ],
})
