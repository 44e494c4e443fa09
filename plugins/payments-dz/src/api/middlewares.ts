import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreSettleSatimPayment, StoreStartSatimPayment } from "./store/satim/validators"

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/store/satim/payments", middlewares: [validateAndTransformBody(StoreStartSatimPayment)] },
    { method: ["POST"], matcher: "/store/satim/payments/settle", middlewares: [validateAndTransformBody(StoreSettleSatimPayment)] },
  ],
})
