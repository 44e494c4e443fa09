import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreSatimCaptchaQuery, StoreSettleSatimPayment, StoreStartSatimPayment } from "./store/satim/validators"

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/satim/captcha", middlewares: [validateAndTransformQuery(StoreSatimCaptchaQuery, {})] },
    { method: ["POST"], matcher: "/store/satim/payments", middlewares: [validateAndTransformBody(StoreStartSatimPayment)] },
    { method: ["POST"], matcher: "/store/satim/payments/settle", middlewares: [validateAndTransformBody(StoreSettleSatimPayment)] },
  ],
})
