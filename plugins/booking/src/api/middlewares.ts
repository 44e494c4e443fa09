import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCreateAppointment, StoreSlotsQuery } from "./store/booking/validators"

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/booking/slots", middlewares: [validateAndTransformQuery(StoreSlotsQuery, {})] },
    {
      method: ["POST"],
      matcher: "/store/booking/appointments",
      // Guests may book; a logged-in customer's visits are attached to their account.
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreCreateAppointment)],
    },
  ],
})
