import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminShipOrder } from "./admin/orders/validators"
import { StoreBestSellersQuery } from "./store/best-sellers/validators"
import { StorePartSearchQuery } from "./store/part-search/validators"
import { refuseUnavailableQuantity } from "./store/carts/stock-guard"
import { StoreWilayaQuery } from "./store/territory/validators"

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseUnavailableQuantity] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [refuseUnavailableQuantity] },
    { method: ["GET"], matcher: "/store/territory/communes", middlewares: [validateAndTransformQuery(StoreWilayaQuery, {})] },
    { method: ["GET"], matcher: "/store/delivery/stop-desks", middlewares: [validateAndTransformQuery(StoreWilayaQuery, {})] },
    { method: ["GET"], matcher: "/store/best-sellers", middlewares: [validateAndTransformQuery(StoreBestSellersQuery, {})] },
    { method: ["GET"], matcher: "/store/part-search", middlewares: [validateAndTransformQuery(StorePartSearchQuery, {})] },
    { method: ["POST"], matcher: "/admin/orders/:id/ship", middlewares: [validateAndTransformBody(AdminShipOrder)] },
  ],
})
