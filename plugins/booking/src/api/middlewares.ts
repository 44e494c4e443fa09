import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { idempotent } from "./idempotent"
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
  ],
})
