import assert from "node:assert/strict"
import path from "node:path"
import { describe, it } from "node:test"
import { requirementOf } from "../../permissions/decide"
import { adminRouteInventory, exportedMethods, routePathOf, sampleUrl } from "../admin-routes"

const REPOSITORY_ROOT = path.resolve(__dirname, "../../../../../..")

describe("the /admin route inventory", () => {
  const routes = adminRouteInventory(REPOSITORY_ROOT)

  it("reads Medusa's compiled routes and ours", () => {
    assert.ok(routes.filter((route) => route.source === "@medusajs/medusa").length > 300, "Medusa's admin routes were not found")
    assert.ok(routes.some((route) => route.method === "POST" && route.path === "/admin/orders/:id/ship" && route.source === "backend"))
    assert.ok(routes.some((route) => route.method === "GET" && route.path === "/admin/booking/my-visits" && route.source === path.join("plugins", "booking")))
    assert.ok(routes.some((route) => route.method === "POST" && route.path === "/admin/staff-access/users/:id"))
  })

  it("every route has an entry in the permission map (a new route fails here until it is mapped)", () => {
    const unmapped = routes.filter((route) => requirementOf(route.method, sampleUrl(route.path)) === undefined).map((route) => `${route.method} ${route.path} (${route.source})`)
    assert.deepEqual(unmapped, [])
  })

  it("only the two routes Medusa opens without a login are public", () => {
    const open = routes.filter((route) => requirementOf(route.method, sampleUrl(route.path)) === "public").map((route) => `${route.method} ${route.path}`)
    assert.deepEqual(open, ["GET /admin/feature-flags", "POST /admin/invites/accept"])
  })

  it("reads a route file's methods and path as Medusa does", () => {
    assert.deepEqual(exportedMethods('exports.GET = exports.AUTHENTICATE = void 0;\nconst GET = async () => {};\nexports.GET = GET;'), ["GET"])
    assert.deepEqual(exportedMethods("export async function POST() {}\nexport const DELETE = () => {}"), ["POST", "DELETE"])
    assert.equal(routePathOf(path.join("orders", "[id]", "ship", "route.ts")), "/admin/orders/:id/ship")
  })
})
