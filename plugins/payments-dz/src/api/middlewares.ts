import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { refuseCashCaptureOutsideCollection } from "./admin/cod-orders/capture-guard"
import { requireManualRefundReason } from "./admin/payments/refund-reason-guard"
import { AdminBaridpayConfirm, AdminBaridpayReject } from "./admin/baridpay-orders/validators"
import { AdminCodCall, AdminCodCollect, AdminCodRefuse, AdminCodShip } from "./admin/cod-orders/validators"
import { AdminChargilyCheckoutsQuery, AdminChargilyRefundsQuery, AdminMarkChargilyRefunded } from "./admin/chargily/validators"
import { AdminSatimPaymentsQuery } from "./admin/satim/validators"
import { SatimCallbackQuery } from "./hooks/satim/validators"
import { limitCardPagesPerClient, limitChallengesPerClient } from "./store/card/client-limit"
import { refuseBaridpayOutsideLimits } from "./store/baridpay/amount-guard"
import { StoreBaridpayReference } from "./store/baridpay/validators"
import { StoreSettleChargilyCheckout, StoreStartChargilyCheckout } from "./store/chargily/validators"
import { StoreCardCaptchaQuery } from "./store/card/validators"
import { StoreSatimReceiptQuery, StoreSettleSatimPayment, StoreStartSatimPayment } from "./store/satim/validators"

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/admin/cod-orders/:id/calls", middlewares: [validateAndTransformBody(AdminCodCall)] },
    { method: ["POST"], matcher: "/admin/cod-orders/:id/ship", middlewares: [validateAndTransformBody(AdminCodShip)] },
    { method: ["POST"], matcher: "/admin/cod-orders/:id/collect", middlewares: [validateAndTransformBody(AdminCodCollect)] },
    { method: ["POST"], matcher: "/admin/cod-orders/:id/refuse", middlewares: [validateAndTransformBody(AdminCodRefuse)] },
    { method: ["POST"], matcher: "/admin/baridpay-orders/:id/confirm", middlewares: [validateAndTransformBody(AdminBaridpayConfirm)] },
    { method: ["POST"], matcher: "/admin/baridpay-orders/:id/reject", middlewares: [validateAndTransformBody(AdminBaridpayReject)] },
    // Cash on delivery and BaridPay are captured by the office's own actions only.
    { method: ["POST"], matcher: "/admin/payments/:id/capture", middlewares: [refuseCashCaptureOutsideCollection] },
    // Their refunds are made by hand: Medusa records them, with a reason required.
    { method: ["POST"], matcher: "/admin/payments/:id/refund", middlewares: [requireManualRefundReason] },
    { method: ["GET"], matcher: "/admin/satim/payments", middlewares: [validateAndTransformQuery(AdminSatimPaymentsQuery, {})] },
    { method: ["GET"], matcher: "/admin/chargily/checkouts", middlewares: [validateAndTransformQuery(AdminChargilyCheckoutsQuery, {})] },
    { method: ["GET"], matcher: "/admin/chargily/refunds", middlewares: [validateAndTransformQuery(AdminChargilyRefundsQuery, {})] },
    { method: ["POST"], matcher: "/admin/chargily/checkouts/:id/refunded", middlewares: [validateAndTransformBody(AdminMarkChargilyRefunded)] },
    { method: ["GET"], matcher: "/hooks/satim", middlewares: [validateAndTransformQuery(SatimCallbackQuery, {})] },
    // One captcha for every card gateway; /store/satim/captcha is its former address.
    { method: ["GET"], matcher: "/store/card/captcha", middlewares: [validateAndTransformQuery(StoreCardCaptchaQuery, {}), limitChallengesPerClient] },
    { method: ["GET"], matcher: "/store/satim/captcha", middlewares: [validateAndTransformQuery(StoreCardCaptchaQuery, {}), limitChallengesPerClient] },
    { method: ["POST"], matcher: "/store/satim/payments", middlewares: [validateAndTransformBody(StoreStartSatimPayment), limitCardPagesPerClient] },
    { method: ["POST"], matcher: "/store/satim/payments/settle", middlewares: [validateAndTransformBody(StoreSettleSatimPayment)] },
    { method: ["GET"], matcher: "/store/satim/payments/receipt", middlewares: [validateAndTransformQuery(StoreSatimReceiptQuery, {})] },
    // Chargily signs the raw body: it is kept for the signature check before anything is parsed into trust.
    { method: ["POST"], matcher: "/hooks/chargily", bodyParser: { preserveRawBody: true }, middlewares: [] },
    { method: ["POST"], matcher: "/store/chargily/checkouts", middlewares: [validateAndTransformBody(StoreStartChargilyCheckout), limitCardPagesPerClient] },
    { method: ["POST"], matcher: "/store/chargily/checkouts/settle", middlewares: [validateAndTransformBody(StoreSettleChargilyCheckout)] },
    { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [refuseBaridpayOutsideLimits] },
    { method: ["POST"], matcher: "/store/customers/me/baridpay-orders/:id/reference", middlewares: [validateAndTransformBody(StoreBaridpayReference)] },
    { method: ["POST"], matcher: "/store/order-links/:token/baridpay/reference", middlewares: [validateAndTransformBody(StoreBaridpayReference)] },
  ],
})
