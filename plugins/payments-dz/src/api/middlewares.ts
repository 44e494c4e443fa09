import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminSatimPaymentsQuery } from "./admin/satim/validators"
import { SatimCallbackQuery } from "./hooks/satim/validators"
import { limitCardPagesPerClient, limitChallengesPerClient } from "./store/satim/client-limit"
import { StoreSettleChargilyCheckout, StoreStartChargilyCheckout } from "./store/chargily/validators"
import { StoreSatimCaptchaQuery, StoreSatimReceiptQuery, StoreSettleSatimPayment, StoreStartSatimPayment } from "./store/satim/validators"

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/satim/payments", middlewares: [validateAndTransformQuery(AdminSatimPaymentsQuery, {})] },
    { method: ["GET"], matcher: "/hooks/satim", middlewares: [validateAndTransformQuery(SatimCallbackQuery, {})] },
    { method: ["GET"], matcher: "/store/satim/captcha", middlewares: [validateAndTransformQuery(StoreSatimCaptchaQuery, {}), limitChallengesPerClient] },
    { method: ["POST"], matcher: "/store/satim/payments", middlewares: [validateAndTransformBody(StoreStartSatimPayment), limitCardPagesPerClient] },
    { method: ["POST"], matcher: "/store/satim/payments/settle", middlewares: [validateAndTransformBody(StoreSettleSatimPayment)] },
    { method: ["GET"], matcher: "/store/satim/payments/receipt", middlewares: [validateAndTransformQuery(StoreSatimReceiptQuery, {})] },
    // Chargily signs the raw body: it is kept for the signature check before anything is parsed into trust.
    { method: ["POST"], matcher: "/hooks/chargily", bodyParser: { preserveRawBody: true }, middlewares: [] },
    { method: ["POST"], matcher: "/store/chargily/checkouts", middlewares: [validateAndTransformBody(StoreStartChargilyCheckout), limitCardPagesPerClient] },
    { method: ["POST"], matcher: "/store/chargily/checkouts/settle", middlewares: [validateAndTransformBody(StoreSettleChargilyCheckout)] },
  ],
})
