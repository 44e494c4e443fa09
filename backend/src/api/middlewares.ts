import { defineMiddlewares } from "@medusajs/framework/http"
import { refuseUnavailableQuantity } from "./store/carts/stock-guard"

export default defineMiddlewares({
  routes: [
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseUnavailableQuantity] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [refuseUnavailableQuantity] },
  ],
})
