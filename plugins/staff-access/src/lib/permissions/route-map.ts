import type { Permission } from "./roles"

/** "public": Medusa serves the route without a login (it opted out of authentication). */
export type Requirement = Permission | "public"

/**
 * One rule: every /admin route at or below `prefix` (whole path segments) needs `read` for
 * GET/HEAD/OPTIONS and `write` for any other method. The longest matching prefix wins.
 */
export type RouteRule = { prefix: string; read: Requirement; write: Requirement }

const rule = (prefix: string, read: Requirement, write: Requirement = read): RouteRule => ({ prefix, read, write })

/**
 * Every /admin route, Medusa's and ours, by path prefix. A route no rule covers is refused to all
 * but admin (routes/__tests__ fails first: the inventory of Medusa's and our routes must be covered).
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  // Opened by Medusa without a login: the dashboard's feature flags, and accepting an invite.
  rule("/admin/feature-flags", "public"),
  rule("/admin/invites/accept", "public"),

  // The dashboard itself, for any staff member.
  rule("/admin/users/me", "dashboard"),
  rule("/admin/stores", "dashboard", "settings.manage"),
  rule("/admin/notifications", "dashboard"),
  rule("/admin/plugins", "dashboard"),
  rule("/admin/views", "dashboard"),
  rule("/admin/layouts", "dashboard"),
  rule("/admin/locales", "dashboard", "settings.manage"),
  rule("/admin/staff-access/me", "dashboard"),

  // Catalogue. Products and variants are read by technicians too (parts used on a visit).
  rule("/admin/products", "parts.lookup", "catalogue.write"),
  rule("/admin/product-variants", "parts.lookup", "catalogue.write"),
  rule("/admin/product-categories", "catalogue.read", "catalogue.write"),
  rule("/admin/product-tags", "catalogue.read", "catalogue.write"),
  rule("/admin/product-types", "catalogue.read", "catalogue.write"),
  rule("/admin/product-options", "catalogue.read", "catalogue.write"),
  rule("/admin/collections", "catalogue.read", "catalogue.write"),
  rule("/admin/price-lists", "catalogue.read", "catalogue.write"),
  rule("/admin/uploads", "catalogue.read", "catalogue.write"),
  // The dashboard's search box looks across products, orders and customers.
  rule("/admin/search", "orders.read"),

  // Inventory.
  rule("/admin/inventory-items", "inventory.read", "inventory.write"),
  rule("/admin/reservations", "inventory.read", "inventory.write"),

  // Orders, their returns, claims, exchanges, edits, fulfilments and payments.
  rule("/admin/orders", "orders.read", "orders.write"),
  rule("/admin/draft-orders", "orders.read", "orders.write"),
  rule("/admin/order-edits", "orders.read", "orders.write"),
  rule("/admin/order-changes", "orders.read", "orders.write"),
  rule("/admin/returns", "orders.read", "orders.write"),
  rule("/admin/claims", "orders.read", "orders.write"),
  rule("/admin/exchanges", "orders.read", "orders.write"),
  rule("/admin/fulfillments", "orders.read", "orders.write"),
  rule("/admin/payments", "orders.read", "orders.write"),
  rule("/admin/payment-collections", "orders.read", "orders.write"),
  rule("/admin/satim/payments", "orders.read", "orders.write"),
  rule("/admin/chargily", "orders.read", "orders.write"),
  rule("/admin/cod-orders", "orders.read", "orders.write"),
  rule("/admin/baridpay-orders", "orders.read", "orders.write"),
  rule("/admin/invoices", "orders.read", "orders.write"),
  rule("/admin/refund-reasons", "orders.read", "settings.manage"),
  rule("/admin/return-reasons", "orders.read", "settings.manage"),

  // Customers.
  rule("/admin/customers", "customers.read", "customers.write"),
  rule("/admin/customer-groups", "customers.read", "customers.write"),

  // Booking: the office's planning and reference data; a technician's own visits.
  rule("/admin/booking", "booking.office"),
  rule("/admin/booking/my-visits", "booking.own_visits"),
  rule("/admin/territory", "settings.read", "settings.manage"),
  // Delivery prices, zones and stop-desks: read with the settings, changed by managers and admins.
  rule("/admin/delivery-rates", "settings.read", "delivery.manage"),

  // Staff accounts and server-to-server keys: admin only.
  rule("/admin/users", "users.manage"),
  rule("/admin/invites", "users.manage"),
  rule("/admin/rbac", "users.manage"),
  rule("/admin/staff-access", "users.manage"),
  rule("/admin/api-keys", "api_keys.manage"),

  // The shop's settings: read by managers where their pages show them, changed by admins.
  rule("/admin/payments/payment-providers", "settings.read", "settings.manage"),
  rule("/admin/regions", "settings.read", "settings.manage"),
  rule("/admin/currencies", "settings.read", "settings.manage"),
  rule("/admin/sales-channels", "settings.read", "settings.manage"),
  rule("/admin/stock-locations", "settings.read", "settings.manage"),
  rule("/admin/shipping-options", "settings.read", "settings.manage"),
  rule("/admin/shipping-option-types", "settings.read", "settings.manage"),
  rule("/admin/shipping-profiles", "settings.read", "settings.manage"),
  rule("/admin/fulfillment-sets", "settings.read", "settings.manage"),
  rule("/admin/fulfillment-providers", "settings.read", "settings.manage"),
  rule("/admin/price-preferences", "settings.read", "settings.manage"),
  rule("/admin/tax-regions", "settings.read", "settings.manage"),
  rule("/admin/tax-rates", "settings.read", "settings.manage"),
  rule("/admin/tax-providers", "settings.read", "settings.manage"),
  rule("/admin/translations", "settings.read", "settings.manage"),
  rule("/admin/property-labels", "settings.read", "settings.manage"),
  rule("/admin/promotions", "settings.manage"),
  rule("/admin/campaigns", "settings.manage"),
  rule("/admin/index", "settings.manage"),
  rule("/admin/search-indexes", "settings.manage"),
  rule("/admin/workflows-executions", "settings.manage"),
]
