import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { InvoicePdfQuery, LinkInvoicesQuery, OrderInvoicesQuery } from "./validators"

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/invoices", middlewares: [validateAndTransformQuery(OrderInvoicesQuery, {})] },
    { method: ["GET"], matcher: "/admin/invoices/:id/pdf", middlewares: [validateAndTransformQuery(InvoicePdfQuery, {})] },
    { method: ["GET"], matcher: "/store/customers/me/invoices", middlewares: [validateAndTransformQuery(OrderInvoicesQuery, {})] },
    { method: ["GET"], matcher: "/store/customers/me/invoices/:id/pdf", middlewares: [validateAndTransformQuery(InvoicePdfQuery, {})] },
    { method: ["GET"], matcher: "/store/order-links/:token/invoices", middlewares: [validateAndTransformQuery(LinkInvoicesQuery, {})] },
    { method: ["GET"], matcher: "/store/order-links/:token/invoices/:id/pdf", middlewares: [validateAndTransformQuery(InvoicePdfQuery, {})] },
  ],
})
