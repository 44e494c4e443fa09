import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminShipOrder } from "./admin/orders/validators"
import { AdminProductReferences } from "./admin/products/validators"
import { AdminAssignDeliveryWilayas, AdminCreateStopDesk, AdminUpdateDeliveryZone, AdminUpdateStopDesk } from "./admin/delivery-rates/validators"
import { StoreBestSellersQuery } from "./store/best-sellers/validators"
import { StoreFeaturedProductsQuery } from "./store/featured-products/validators"
import { StorePartSearchQuery } from "./store/part-search/validators"
import { rememberCartChange } from "./store/carts/stock-guard"
import { refuseBadQuantity } from "./store/carts/quantity-guard"
import { refuseMalformedInput } from "./input-guard"
import { refuseCrossSiteCookieWrites } from "./cookie-csrf"
import { believeForwardingOnlyFromTrustedProxies } from "./forwarded-headers"
import { limitStoreRequests } from "./store/client-ceiling"
import { logged } from "./security-events"
import { markCartRequester } from "./store/carts/requester"
import { registerWithLoginEmail } from "./store/customers/login-email"
import { ClaimOrderBody } from "./store/customers/me/order-history/validators"
import { onlyOrderOwner, onlyOrderOwnerOfBody, refuseOrderTransfer } from "./store/orders/owner-only"
import { shopErrorHandler } from "./error-handler"
import { limitPasswordResets, limitRegistrations } from "./auth/account-limits"
import { limitLogins } from "./auth/login-lockout"
import { nameWrongCredentials } from "./auth/wrong-credentials"
import { refuseEndedSessions, revokeOnLogout, revokeOnPasswordChange, startFreshSession } from "./auth/revoked-sessions"
import { checkNewCredentials } from "./auth/password-policy"
import { requireMailboxProof } from "./auth/mailbox-proof"
import { onlyInvitedStaff } from "./auth/staff-invite-only"
import { RequestAccountBody, VerifyRegistrationLinkBody } from "./store/account-requests/validators"
import { StoreWilayaQuery } from "./store/territory/validators"

export default defineMiddlewares({
  errorHandler: shopErrorHandler(),
  routes: [
    // No method: Medusa registers it before every route of every source (its "global" bucket).
    { matcher: "/", middlewares: [believeForwardingOnlyFromTrustedProxies, refuseEndedSessions, refuseCrossSiteCookieWrites, refuseMalformedInput] },
    { matcher: "/store", middlewares: [limitStoreRequests] },
    // The security log (kernel security-log.ts): account events below; staff requests by http/staff-requests-log.ts.
    // Personal data: an order by id only for its owner; accounts only in their login's name; guest carts stay guest.
    { method: ["GET"], matcher: "/store/orders/:id", middlewares: [onlyOrderOwner] },
    // /store/customers/me/* is authenticated by Medusa (customer); the order must be the caller's.
    { method: ["GET"], matcher: "/store/customers/me/order-history/:id", middlewares: [onlyOrderOwner] },
    { method: ["POST"], matcher: "/store/customers/me/order-history/claim", middlewares: [validateAndTransformBody(ClaimOrderBody)] },
    { method: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [refuseOrderTransfer] },
    { method: ["POST"], matcher: "/store/orders/:id/transfer/cancel", middlewares: [refuseOrderTransfer] },
    { method: ["POST"], matcher: "/store/orders/:id/transfer/accept", middlewares: [refuseOrderTransfer] },
    { method: ["POST"], matcher: "/store/orders/:id/transfer/decline", middlewares: [refuseOrderTransfer] },
    { method: ["POST"], matcher: "/store/returns", middlewares: [onlyOrderOwnerOfBody] },
    { method: ["POST"], matcher: "/store/customers", middlewares: [registerWithLoginEmail] },
    { method: ["POST"], matcher: "/store/carts", middlewares: [markCartRequester] },
    { method: ["POST"], matcher: "/store/carts/:id", middlewares: [markCartRequester] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseBadQuantity, rememberCartChange] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [refuseBadQuantity, rememberCartChange] },
    { method: ["GET"], matcher: "/store/territory/communes", middlewares: [validateAndTransformQuery(StoreWilayaQuery, {})] },
    { method: ["GET"], matcher: "/store/delivery/stop-desks", middlewares: [validateAndTransformQuery(StoreWilayaQuery, {})] },
    { method: ["GET"], matcher: "/store/best-sellers", middlewares: [validateAndTransformQuery(StoreBestSellersQuery, {})] },
    { method: ["GET"], matcher: "/store/featured-products", middlewares: [validateAndTransformQuery(StoreFeaturedProductsQuery, {})] },
    { method: ["GET"], matcher: "/store/part-search", middlewares: [validateAndTransformQuery(StorePartSearchQuery, {})] },
    { method: ["POST"], matcher: "/admin/orders/:id/ship", middlewares: [validateAndTransformBody(AdminShipOrder)] },
    { method: ["POST"], matcher: "/admin/products/:id/references", middlewares: [validateAndTransformBody(AdminProductReferences)] },
    { method: ["GET"], matcher: "/admin/territory/communes", middlewares: [validateAndTransformQuery(StoreWilayaQuery, {})] },
    { method: ["POST"], matcher: "/admin/delivery-rates/zones/:id", middlewares: [validateAndTransformBody(AdminUpdateDeliveryZone)] },
    { method: ["POST"], matcher: "/admin/delivery-rates/wilayas", middlewares: [validateAndTransformBody(AdminAssignDeliveryWilayas)] },
    { method: ["POST"], matcher: "/admin/delivery-rates/stop-desks", middlewares: [validateAndTransformBody(AdminCreateStopDesk)] },
    { method: ["POST"], matcher: "/admin/delivery-rates/stop-desks/:id", middlewares: [validateAndTransformBody(AdminUpdateStopDesk)] },
    // Accounts, customers' and staff's alike: limits before any password is hashed, then the password rules.
    // A customer account starts with its e-mail address alone; the link e-mailed to it opens the login.
    {
      method: ["POST"],
      matcher: "/store/account-requests",
      middlewares: [logged("customer_registration_request"), limitRegistrations, validateAndTransformBody(RequestAccountBody)],
    },
    { method: ["POST"], matcher: "/store/account-requests/verify", middlewares: [validateAndTransformBody(VerifyRegistrationLinkBody)] },
    ...["customer", "user"].flatMap((actor) => [
      { method: ["POST" as const], matcher: `/auth/${actor}/emailpass`, middlewares: [logged(`${actor}_login`), limitLogins, nameWrongCredentials] },
      {
        method: ["POST" as const],
        matcher: `/auth/${actor}/emailpass/register`,
        middlewares: [
          logged(`${actor}_registration`),
          limitRegistrations,
          ...(actor === "customer" ? [requireMailboxProof] : []),
          checkNewCredentials({ withEmail: true }),
          ...(actor === "user" ? [onlyInvitedStaff] : []),
        ],
      },
      { method: ["POST" as const], matcher: `/auth/${actor}/emailpass/reset-password`, middlewares: [logged(`${actor}_password_reset_request`), limitPasswordResets] },
      {
        method: ["POST" as const],
        matcher: `/auth/${actor}/emailpass/update`,
        middlewares: [logged(`${actor}_password_change`), checkNewCredentials({ withEmail: false }), revokeOnPasswordChange],
      },
    ]),
    // Sessions that can be revoked (auth/revoked-sessions.ts): logout and a password change end them all.
    { method: ["POST"], matcher: "/auth/session", middlewares: [startFreshSession] },
    { method: ["DELETE"], matcher: "/auth/session", middlewares: [logged("logout"), revokeOnLogout] },
    { method: ["POST"], matcher: "/auth/logout", middlewares: [authenticate(["customer", "user"], ["bearer", "session"]), logged("logout")] },
  ],
})
