/**
 * Staff roles on the real app and PostgreSQL (plugins/staff-access): the role matrix of issue 17
 * (admin, manager, technician × a read and a write of each area), deny by default for a user without
 * a role, a downgrade counted from the next request, a deactivation that stops a live cookie session
 * and bearer token at once, every non-public /admin route asking for a login, and the security log.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminRouteInventory, sampleUrl } from "@mj-chauffage/staff-access/lib/route-inventory/admin-routes"
import { requirementOf } from "@mj-chauffage/staff-access/lib/permissions/decide"
import path from "node:path"
import { staffUser } from "../helpers/admin-headers"
import { algiersDate, settle } from "../helpers/booking-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(300_000)

type Headers = Record<string, string>
type Role = "admin" | "manager" | "technician"
type Answer = { status: number; data: { code?: string; message?: string } & Record<string, unknown> }

shopSuite(({ api, getContainer, shop, securityLog }) => {
  const as: Record<Role, Headers> = { admin: {}, manager: {}, technician: {} }
  let adminUserId: string
  let yacine: Headers
  let sofianesVisit: string
  let ids: { product: string; inventoryItem: string; region: string; store: string; technician: string; customerEmail: number }

  beforeAll(async () => {
    const container = getContainer()
    const admin = await staffUser(container, "admin@mj-chauffage.dz", "admin")
    adminUserId = admin.userId
    as.admin = admin.headers
    as.manager = (await staffUser(container, "gerant@mj-chauffage.dz", "manager")).headers
    // Two technicians with logins linked to the seeded technicians of Algiers ("Mes interventions").
    const booking = container.resolve("booking") as { listTechnicians(filters: object): Promise<Array<{ id: string; name: string }>> }
    const link = container.resolve(ContainerRegistrationKeys.LINK) as { create(data: object): Promise<unknown> }
    const technicianIds: Record<string, string> = {}
    for (const [key, name] of [["sofiane", "Sofiane Belkacem"], ["yacine", "Yacine Hamidi"]] as const) {
      const [technician] = await booking.listTechnicians({ name })
      const user = await staffUser(container, `${key}@mj-chauffage.dz`, "technician")
      await link.create({ booking: { technician_id: technician!.id }, [Modules.USER]: { user_id: user.userId } })
      technicianIds[key] = technician!.id
      if (key === "sofiane") as.technician = user.headers
      else yacine = user.headers
    }

    // A visit of Sofiane's, booked by phone by the office.
    const zone = (await api.get("/store/booking/zones", { headers: shop.headers })).data.zones.find((z: { handle: string }) => z.handle === "alger").id
    const fault = (await api.get("/store/booking/fault-types", { headers: shop.headers })).data.fault_types.find((f: { handle: string }) => f.handle === "pas-de-chauffage").id
    const { data: slots } = await api.get(
      `/admin/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(2)}&to=${algiersDate(9)}&technician_id=${technicianIds.sofiane}`,
      { headers: as.admin }
    )
    const booked = await api.post(
      "/admin/booking/appointments",
      {
        zone_id: zone,
        fault_type_id: fault,
        starts_at: slots.slots[0].start,
        technician_id: technicianIds.sofiane,
        contact: { first_name: "Karim", last_name: "Zerrouki", phone: "0661 22 33 44", email: "appel@example.dz" },
        address: { address_1: "12 rue Didouche Mourad", commune: "Alger Centre", wilaya_code: "16" },
        description: "Chaudière en panne.",
        boiler_brand: "Chaffoteaux",
      },
      { headers: as.admin }
    )
    sofianesVisit = booked.data.appointment.id

    const product = (await api.get("/admin/products?limit=1&fields=id,title", { headers: as.admin })).data.products[0]
    const inventoryItem = (await api.get("/admin/inventory-items?limit=1", { headers: as.admin })).data.inventory_items[0]
    const region = (await api.get("/admin/regions?limit=1", { headers: as.admin })).data.regions[0]
    const store = (await api.get("/admin/stores", { headers: as.admin })).data.stores[0]
    ids = { product: product.id, inventoryItem: inventoryItem.id, region: region.id, store: store.id, technician: technicianIds.sofiane!, customerEmail: 0 }
  })

  const call = (role: Role | Headers, method: "get" | "post" | "delete", url: string, body: object = {}): Promise<Answer> => {
    const headers = typeof role === "string" ? as[role] : role
    return settle(method === "post" ? api.post(url, body, { headers }) : api[method](url, { headers })) as Promise<Answer>
  }

  /** Each area: a read and a write, with the status each role gets (403 from the guard carries staff_forbidden). */
  const matrix: Array<[string, () => [method: "get" | "post", url: string, body?: object], Record<Role, number>]> = [
    ["products: read", () => ["get", "/admin/products?limit=1"], { admin: 200, manager: 200, technician: 200 }],
    ["products: write", () => ["post", `/admin/products/${ids.product}`, { subtitle: "Pièce d'origine" }], { admin: 200, manager: 200, technician: 403 }],
    ["inventory: read", () => ["get", "/admin/inventory-items?limit=1"], { admin: 200, manager: 200, technician: 403 }],
    ["inventory: write", () => ["post", `/admin/inventory-items/${ids.inventoryItem}`, { description: "Rayon B" }], { admin: 200, manager: 200, technician: 403 }],
    ["orders: read", () => ["get", "/admin/orders?limit=1"], { admin: 200, manager: 200, technician: 403 }],
    ["orders: ship (no such order)", () => ["post", "/admin/orders/order_missing/ship", { carrier: "yalidine", tracking_number: "YAL-1" }], { admin: 404, manager: 404, technician: 403 }],
    ["refunds (no such payment)", () => ["post", "/admin/payments/pay_missing/refund", { amount: 100 }], { admin: 404, manager: 404, technician: 403 }],
    ["customers: read", () => ["get", "/admin/customers?limit=1"], { admin: 200, manager: 200, technician: 403 }],
    ["customers: write", () => ["post", "/admin/customers", { email: `client-${++ids.customerEmail}@example.dz` }], { admin: 200, manager: 200, technician: 403 }],
    ["users: read", () => ["get", "/admin/users"], { admin: 200, manager: 403, technician: 403 }],
    ["users: invite", () => ["post", "/admin/invites", { email: `invite-${++ids.customerEmail}@mj-chauffage.dz` }], { admin: 200, manager: 403, technician: 403 }],
    ["roles: read", () => ["get", "/admin/staff-access/users"], { admin: 200, manager: 403, technician: 403 }],
    ["API keys: read", () => ["get", "/admin/api-keys"], { admin: 200, manager: 403, technician: 403 }],
    ["API keys: create", () => ["post", "/admin/api-keys", { title: `Clé ${++ids.customerEmail}`, type: "secret" }], { admin: 200, manager: 403, technician: 403 }],
    ["store: read", () => ["get", "/admin/stores"], { admin: 200, manager: 200, technician: 200 }],
    ["store: write", () => ["post", `/admin/stores/${ids.store}`, { metadata: { checked: "oui" } }], { admin: 200, manager: 403, technician: 403 }],
    ["regions: read", () => ["get", "/admin/regions"], { admin: 200, manager: 200, technician: 403 }],
    ["regions: write", () => ["post", `/admin/regions/${ids.region}`, { metadata: { checked: "oui" } }], { admin: 200, manager: 403, technician: 403 }],
    ["booking planning: read", () => ["get", `/admin/booking/planning?from=${algiersDate(2)}&days=1`], { admin: 200, manager: 200, technician: 403 }],
    ["technicians: read", () => ["get", "/admin/booking/technicians"], { admin: 200, manager: 200, technician: 403 }],
    ["technicians: write", () => ["post", `/admin/booking/technicians/${ids.technician}`, { phone: "0661 22 33 55" }], { admin: 200, manager: 200, technician: 403 }],
    ["own visit: read", () => ["get", `/admin/booking/my-visits/${sofianesVisit}`], { admin: 403, manager: 403, technician: 200 }],
  ]

  it.each(matrix)("%s", async (_area, request, expected) => {
    for (const role of ["admin", "manager", "technician"] as const) {
      const [method, url, body] = request()
      const answer = await call(role, method, url, body)
      expect({ role, status: answer.status }).toEqual({ role, status: expected[role] })
      // A refusal of the guard says why in a stable code and a sentence a person can act on.
      if (answer.status === 403 && !(role === "admin" && url.includes("my-visits"))) {
        expect(answer.data).toMatchObject({ code: "staff_forbidden", message: expect.stringContaining("administrateur") })
      }
    }
  })

  it("another technician's visit is not found, even by a technician", async () => {
    const answer = await call(yacine, "get", `/admin/booking/my-visits/${sofianesVisit}`)
    expect(answer.status).toBe(404)
  })

  it("the dashboard opens for each role and learns its permissions", async () => {
    for (const role of ["admin", "manager", "technician"] as const) {
      expect((await call(role, "get", "/admin/users/me")).status).toBe(200)
      const { data } = await call(role, "get", "/admin/staff-access/me")
      expect(data.role).toBe(role)
    }
  })

  it("a user without a role reaches nothing (deny by default), and refusals go to the security log", async () => {
    const nobody = await staffUser(getContainer(), "sans-role@mj-chauffage.dz", null)
    for (const url of ["/admin/users/me", "/admin/products", "/admin/orders"]) {
      const answer = await call(nobody.headers, "get", url)
      expect(answer.status).toBe(403)
      expect(answer.data.code).toBe("staff_no_role")
    }
    expect(securityLog().find((line) => line.event === "staff_request_refused" && line.actor === nobody.userId)).toMatchObject({
      outcome: "refused",
      code: "staff_no_role",
      method: "GET",
      path: "/admin/users/me",
      at: expect.any(String),
    })
    expect(securityLog().find((line) => line.event === "staff_request_refused" && line.role === "technician")).toMatchObject({ requirement: expect.any(String), actor: expect.any(String) })
    // One line per refusal: the generic line every /admin refusal gets (http/staff-requests-log.ts) is not repeated.
    const aboutNobody = securityLog().filter((line) => line.actor === nobody.userId)
    expect(aboutNobody.map((line) => line.event)).toEqual(["staff_request_refused", "staff_request_refused", "staff_request_refused"])
  })

  it("a downgrade counts from the very next request, and is logged with who made it", async () => {
    const demoted = await staffUser(getContainer(), "ancien-gerant@mj-chauffage.dz", "manager")
    expect((await call(demoted.headers, "get", "/admin/orders?limit=1")).status).toBe(200)
    const changed = await call("admin", "post", `/admin/staff-access/users/${demoted.userId}`, { role: "technician" })
    expect(changed.status).toBe(200)
    expect(changed.data.staff).toMatchObject({ role: "technician", is_active: true })
    const refused = await call(demoted.headers, "get", "/admin/orders?limit=1")
    expect(refused.status).toBe(403)
    expect(refused.data.code).toBe("staff_forbidden")
    expect(securityLog().find((line) => line.event === "staff_role_changed" && line.target === demoted.userId)).toMatchObject({
      actor: adminUserId,
      role_before: "manager",
      role_after: "technician",
      outcome: "success",
    })
  })

  it("only an admin changes roles; bad input is a 400; the last active admin cannot be demoted", async () => {
    const target = await staffUser(getContainer(), "cible@mj-chauffage.dz", "technician")
    expect((await call("manager", "post", `/admin/staff-access/users/${target.userId}`, { role: "admin" })).status).toBe(403)
    expect((await call("admin", "post", `/admin/staff-access/users/${target.userId}`, { role: "owner" })).status).toBe(400)
    expect((await call("admin", "post", `/admin/staff-access/users/${target.userId}`, {})).status).toBe(400)
    const unknown = await call("admin", "post", "/admin/staff-access/users/user_missing", { role: "manager" })
    expect(unknown.status).toBe(404)
    expect(unknown.data.code).toBe("unknown_user")
    // The suite's other admins (helpers make them) are demoted first; then the last one stays.
    const staff = (await call("admin", "get", "/admin/staff-access/users")).data.staff as Array<{ user_id: string; role: string; is_active: boolean }>
    for (const other of staff.filter((entry) => entry.role === "admin" && entry.is_active && entry.user_id !== adminUserId)) {
      expect((await call("admin", "post", `/admin/staff-access/users/${other.user_id}`, { role: "manager" })).status).toBe(200)
    }
    const last = await call("admin", "post", `/admin/staff-access/users/${adminUserId}`, { is_active: false })
    expect(last.status).toBe(409)
    expect(last.data.code).toBe("staff_last_admin")
    expect((await call("admin", "get", "/admin/users/me")).status).toBe(200)
  })

  it("two admins demoting each other at the same moment leave one admin, never none", async () => {
    const second = await staffUser(getContainer(), "second-admin@mj-chauffage.dz", "admin")
    const staff = (await call("admin", "get", "/admin/staff-access/users")).data.staff as Array<{ user_id: string; role: string; is_active: boolean }>
    for (const other of staff.filter((entry) => entry.role === "admin" && entry.is_active && ![adminUserId, second.userId].includes(entry.user_id))) {
      expect((await call("admin", "post", `/admin/staff-access/users/${other.user_id}`, { role: "manager" })).status).toBe(200)
    }
    const [first, other] = await Promise.all([
      call("admin", "post", `/admin/staff-access/users/${second.userId}`, { role: "manager" }),
      call(second.headers, "post", `/admin/staff-access/users/${adminUserId}`, { role: "manager" }),
    ])
    // One wins; the other finds itself the last admin (409) or no longer an admin (403).
    expect([first.status, other.status].filter((status) => status === 200)).toHaveLength(1)
    const after = (await call(first.status === 200 ? "admin" : second.headers, "get", "/admin/staff-access/users")).data.staff as Array<{ role: string; is_active: boolean }>
    expect(after.filter((entry) => entry.role === "admin" && entry.is_active)).toHaveLength(1)
  })

  it("a deactivation stops a live cookie session and bearer token at once and ends them; after reactivation only a new login works", async () => {
    const member = await staffUser(getContainer(), "desactive@mj-chauffage.dz", "manager")
    const session = await api.post("/auth/session", {}, { headers: member.headers })
    const cookie = String(session.headers["set-cookie"]).split(";")[0]!
    expect((await call({ cookie }, "get", "/admin/orders?limit=1")).status).toBe(200)
    expect((await call("admin", "post", `/admin/staff-access/users/${member.userId}`, { is_active: false })).status).toBe(200)
    for (const headers of [{ cookie }, member.headers]) {
      const refused = await call(headers, "get", "/admin/users/me")
      expect(refused.status).toBe(401)
      expect(refused.data.code).toBe("staff_account_deactivated")
    }
    expect(securityLog().find((line) => line.event === "staff_deactivated" && line.target === member.userId)).toMatchObject({ actor: adminUserId, active_after: false })
    expect((await call("admin", "post", `/admin/staff-access/users/${member.userId}`, { is_active: true })).status).toBe(200)
    for (const headers of [{ cookie }, member.headers]) {
      const ended = await call(headers, "get", "/admin/users/me")
      expect(ended.status).toBe(401)
      expect(ended.data.code).toBe("session_revoked")
    }
    expect((await call(member.login(), "get", "/admin/users/me")).status).toBe(200)
  })

  /** Accepts an invite as the dashboard does: a registration token for the e-mail, then the accept call. */
  const accept = async (inviteToken: string, email: string, password: string) => {
    const registered = await api.post("/auth/user/emailpass/register", { email, password })
    return call({ authorization: `Bearer ${registered.data.token}` }, "post", `/admin/invites/accept?token=${inviteToken}`, { email, first_name: "Nadia", last_name: "Kaci" })
  }

  it("an invite names the role: the invited user has it from their first request", async () => {
    const email = "nouveau-gerant@mj-chauffage.dz"
    const invited = await call("admin", "post", "/admin/invites", { email, metadata: { staff_role: "manager" } })
    expect(invited.status).toBe(200)
    const password = "Un-long-mot-de-passe-2026"
    expect((await accept((invited.data.invite as { token: string }).token, email, password)).status).toBe(200)
    const login = await api.post("/auth/user/emailpass", { email, password })
    const headers = { authorization: `Bearer ${login.data.token}` }
    expect((await call(headers, "get", "/admin/staff-access/me")).data.role).toBe("manager")
    expect((await call(headers, "get", "/admin/orders?limit=1")).status).toBe(200)
    expect((await call(headers, "get", "/admin/users")).status).toBe(403)
    // A manager cannot invite, so cannot choose anyone's role.
    expect((await call(headers, "post", "/admin/invites", { email: "autre@mj-chauffage.dz", metadata: { staff_role: "admin" } })).status).toBe(403)
    // Deactivated, the right password gets a refusal that says why, not a token; reactivated, a login again.
    const me = (await call(headers, "get", "/admin/users/me")).data.user as { id: string }
    expect((await call("admin", "post", `/admin/staff-access/users/${me.id}`, { is_active: false })).status).toBe(200)
    const refused = await settle(api.post("/auth/user/emailpass", { email, password }))
    expect({ status: refused.status, code: refused.data.code, token: refused.data.token }).toEqual({ status: 401, code: "staff_account_deactivated", token: undefined })
    expect((await call("admin", "post", `/admin/staff-access/users/${me.id}`, { is_active: true })).status).toBe(200)
    expect((await api.post("/auth/user/emailpass", { email, password })).status).toBe(200)
  })

  it("the role is the accepted invite's: a revoked invite's role is never used", async () => {
    const email = "reinvite@mj-chauffage.dz"
    const revoked = (await call("admin", "post", "/admin/invites", { email, metadata: { staff_role: "manager" } })).data.invite as { id: string; token: string }
    expect((await call("admin", "delete", `/admin/invites/${revoked.id}`)).status).toBe(200)
    const current = (await call("admin", "post", "/admin/invites", { email, metadata: { staff_role: "technician" } })).data.invite as { token: string }
    const password = "Un-autre-mot-de-passe-2026"
    // The revoked invite opens nothing; the current one makes a technician, from the answer on.
    expect((await accept(revoked.token, email, password)).status).toBe(401)
    const accepted = await call({ authorization: `Bearer ${(await api.post("/auth/user/emailpass", { email, password })).data.token}` }, "post", `/admin/invites/accept?token=${current.token}`, {
      email,
      first_name: "Amine",
      last_name: "Saadi",
    })
    expect(accepted.status).toBe(200)
    const login = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", { email, password })).data.token}` }
    expect((await call(login, "get", "/admin/staff-access/me")).data.role).toBe("technician")
    expect((await call(login, "get", "/admin/orders?limit=1")).data).toMatchObject({ code: "staff_forbidden", message: "Votre rôle (technicien) ne permet pas de consulter les commandes : demandez cet accès à un administrateur." })
    expect(securityLog().find((line) => line.event === "staff_invite_accepted" && line.target === (accepted.data.user as { id: string }).id)).toMatchObject({ role_after: "technician" })

    // A user made without accepting (here directly) has no role, whatever a revoked invite of their e-mail said.
    const other = "revoquee@mj-chauffage.dz"
    const gone = (await call("admin", "post", "/admin/invites", { email: other, metadata: { staff_role: "admin" } })).data.invite as { id: string }
    expect((await call("admin", "delete", `/admin/invites/${gone.id}`)).status).toBe(200)
    const uninvited = await staffUser(getContainer(), other, null)
    const answer = await call(uninvited.headers, "get", "/admin/users/me")
    expect({ status: answer.status, code: answer.data.code }).toEqual({ status: 403, code: "staff_no_role" })
  })

  it("a secret API key acts with its creator's role of the moment", async () => {
    const creator = await staffUser(getContainer(), "integrations@mj-chauffage.dz", "admin")
    const key = (await call(creator.headers, "post", "/admin/api-keys", { title: "ERP", type: "secret" })).data.api_key as { token: string }
    const basic = { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` }
    expect((await call(basic, "get", "/admin/api-keys")).status).toBe(200)
    expect((await call("admin", "post", `/admin/staff-access/users/${creator.userId}`, { role: "manager" })).status).toBe(200)
    expect((await call(basic, "get", "/admin/api-keys")).status).toBe(403)
    expect((await call(basic, "get", "/admin/orders?limit=1")).status).toBe(200)
    expect((await call("admin", "post", `/admin/staff-access/users/${creator.userId}`, { is_active: false })).status).toBe(200)
    expect((await call(basic, "get", "/admin/orders?limit=1")).status).toBe(401)
  })

  it("every /admin route but the two public ones asks for a login", async () => {
    const repositoryRoot = path.resolve(__dirname, "../../..")
    const routes = adminRouteInventory(repositoryRoot).filter((route) => requirementOf(route.method, sampleUrl(route.path)) !== "public")
    expect(routes.length).toBeGreaterThan(300)
    const open: string[] = []
    for (const route of routes) {
      const answer = (await settle(api.request({ method: route.method, url: sampleUrl(route.path), data: route.method === "GET" ? undefined : {} }))) as Answer
      if (answer.status !== 401) open.push(`${route.method} ${route.path} → ${answer.status}`)
    }
    expect(open).toEqual([])
  })
})
