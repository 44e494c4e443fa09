import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { decide, requirementOf } from "../decide"
import { ROUTE_RULES } from "../route-map"
import { ROLE_PERMISSIONS, STAFF_ROLES, type StaffRole } from "../roles"

const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const
const segment = fc.oneof(fc.constantFrom("me", "abc", "ord_01", "items", "..", "%2e", "MY-VISITS", ""), fc.string({ maxLength: 8 }).map((s) => s.replace(/[/?#]/g, "")))
/** Paths near the mapped ones (a rule's prefix and more segments) and anywhere else under /admin. */
const adminPath = fc.oneof(
  fc.tuple(fc.constantFrom(...ROUTE_RULES.map((rule) => rule.prefix)), fc.array(segment, { maxLength: 3 })).map(([prefix, rest]) => [prefix, ...rest].join("/")),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((rest) => `/admin/${rest.join("/")}`)
)
const method = fc.constantFrom(...METHODS)

describe("staff permission decision", () => {
  it("the representative matrix of issue 17", () => {
    const expected: Array<[string, string, Record<StaffRole, boolean>]> = [
      ["GET", "/admin/products", { admin: true, manager: true, technician: true }],
      ["POST", "/admin/products/prod_1", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/products/prod_1/references", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/inventory-items", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/inventory-items/iitem_1/location-levels", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/orders", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/orders/order_1/ship", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/payments/pay_1/refund", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/chargily/refunds", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/chargily/checkouts/chkpay_1/refunded", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/baridpay-orders/order_1", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/baridpay-orders/order_1/confirm", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/customers", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/users", { admin: true, manager: false, technician: false }],
      ["GET", "/admin/users/me", { admin: true, manager: true, technician: true }],
      ["POST", "/admin/users/user_1", { admin: true, manager: false, technician: false }],
      ["POST", "/admin/invites", { admin: true, manager: false, technician: false }],
      ["GET", "/admin/api-keys", { admin: true, manager: false, technician: false }],
      ["POST", "/admin/stores/store_1", { admin: true, manager: false, technician: false }],
      ["GET", "/admin/regions", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/regions", { admin: true, manager: false, technician: false }],
      ["POST", "/admin/tax-regions", { admin: true, manager: false, technician: false }],
      ["POST", "/admin/sales-channels", { admin: true, manager: false, technician: false }],
      ["GET", "/admin/payments/payment-providers", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/booking/planning", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/booking/technicians/tech_1", { admin: true, manager: true, technician: false }],
      ["GET", "/admin/booking/my-visits", { admin: true, manager: false, technician: true }],
      ["POST", "/admin/booking/my-visits/appt_1/done", { admin: true, manager: false, technician: true }],
      ["POST", "/admin/booking/my-visits/calendar-feed", { admin: true, manager: false, technician: true }],
      ["GET", "/admin/delivery-rates", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/delivery-rates/zones/dzone_1", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/delivery-rates/stop-desks", { admin: true, manager: true, technician: false }],
      ["POST", "/admin/staff-access/users/user_1", { admin: true, manager: false, technician: false }],
      ["GET", "/admin/some-route-of-tomorrow", { admin: true, manager: false, technician: false }],
    ]
    for (const [verb, path, byRole] of expected) {
      for (const role of STAFF_ROLES) assert.equal(decide(role, verb, path).allowed, byRole[role], `${role} ${verb} ${path}`)
    }
  })

  it("public routes are open to anyone, every other route is closed to a user without a role", () => {
    assert.equal(decide(null, "POST", "/admin/invites/accept").allowed, true)
    assert.equal(decide(null, "GET", "/admin/feature-flags").allowed, true)
    assert.equal(decide(null, "GET", "/admin/users/me").allowed, false)
    fc.assert(fc.property(method, adminPath, (verb, path) => decide(null, verb, path).allowed === (requirementOf(verb, path) === "public")))
  })

  it("an admin may make any request, mapped or not", () => {
    fc.assert(fc.property(method, adminPath, (verb, path) => decide("admin", verb, path).allowed))
  })

  it("a technician is never allowed a route outside their own permissions", () => {
    const own = new Set<string>(["public", ...ROLE_PERMISSIONS.technician])
    fc.assert(
      fc.property(method, adminPath, (verb, path) => {
        const { allowed, requirement } = decide("technician", verb, path)
        return allowed === own.has(requirement)
      })
    )
  })

  it("a technician only ever changes their own visits (no write elsewhere)", () => {
    fc.assert(
      fc.property(fc.constantFrom("POST", "PUT", "PATCH", "DELETE"), adminPath, (verb, path) => {
        const { allowed, requirement } = decide("technician", verb, path)
        return !allowed || requirement === "booking.own_visits" || requirement === "dashboard" || requirement === "public"
      })
    )
  })

  it("a manager never reaches staff accounts, API keys or the shop's settings, nor an unmapped route", () => {
    fc.assert(
      fc.property(method, adminPath, (verb, path) => {
        const { allowed, requirement } = decide("manager", verb, path)
        return !allowed || !["users.manage", "api_keys.manage", "settings.manage", "unmapped"].includes(requirement)
      })
    )
  })

  it("case, a trailing slash, repeated slashes and the query change nothing (Express routes them alike)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAFF_ROLES), method, adminPath, (role, verb, path) => {
        const plain = decide(role, verb, path).allowed
        return decide(role, verb, `${path.toUpperCase()}/?x=/admin/products`).allowed === plain && decide(role, verb, path.replace(/\//g, "//")).allowed === plain
      })
    )
  })

  it("the longest prefix wins: the office's booking rule does not open a technician's own visits to a manager", () => {
    assert.equal(requirementOf("GET", "/admin/booking/my-visits/x"), "booking.own_visits")
    assert.equal(requirementOf("GET", "/admin/booking/my-visitsx"), "booking.office")
    assert.equal(requirementOf("GET", "/admin/users/meX"), "users.manage")
  })
})
