/**
 * The web-security layer against the real app: the headers of every Medusa answer (JSON answers of
 * /store, /admin and /auth, refusals included, and uploaded files), CORS with exact origins only,
 * and the Store API ceiling per client, which a forged X-Forwarded-For does not get around.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../helpers/admin-headers"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(180_000)

type Answer = { status: number; headers: Record<string, string>; data: any } // eslint-disable-line @typescript-eslint/no-explicit-any
const answer = (request: Promise<Answer>) => request.catch((error: { response: Answer }) => error.response)

shopSuite(({ api, getContainer, shop, securityLog }) => {
  const expectApiHeaders = (headers: Record<string, string>) => {
    expect(headers["x-powered-by"]).toBeUndefined()
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["x-frame-options"]).toBe("DENY")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["content-security-policy"]).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'")
  }

  it("every kind of answer carries them: the store, an admin refusal, a failed login, a validation refusal", async () => {
    const answers = [
      await answer(api.get("/store/regions", { headers: shop.headers })),
      await answer(api.get("/admin/users")),
      await answer(api.post("/auth/user/emailpass", { email: "personne@example.dz", password: "pas-le-bon-mot-de-passe" })),
      await answer(api.get("/store/part-search?q=", { headers: shop.headers })),
    ]
    expect(answers.map((each) => each.status)).toEqual([200, 401, 401, 400])
    for (const each of answers) expectApiHeaders(each.headers)
  })

  it("an uploaded file may be shown by the storefront's pages but runs no script", async () => {
    const { data } = await api.get("/store/products?limit=1&fields=thumbnail", { headers: shop.headers })
    const file = await answer(api.get(new URL(data.products[0].thumbnail).pathname))
    expect(file.status).toBe(200)
    expect(file.headers["content-security-policy"]).toContain("default-src 'none'")
    expect(file.headers["cross-origin-resource-policy"]).toBe("cross-origin")
    expect(file.headers["x-powered-by"]).toBeUndefined()
  })

  it("readiness: 200 with its checks (Redis skipped without REDIS_URL), 503 naming an unapplied migration", async () => {
    const ready = await answer(api.get("/health/ready"))
    expect(ready.status).toBe(200)
    expect(ready.data).toEqual({ status: "ready", checks: { database: "ok", redis: "skipped", migrations: "ok" } })
    expect(ready.headers["cache-control"]).toBe("no-store")
    // One recorded migration forgotten, as if the deploy skipped `medusa db:migrate`; put back afterwards.
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw("delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations) returning *")
    try {
      const notReady = await answer(api.get("/health/ready"))
      expect(notReady.status).toBe(503)
      expect(notReady.data).toEqual({ status: "not_ready", checks: { database: "ok", redis: "skipped", migrations: "failed" } })
    } finally {
      await pg("mikro_orm_migrations").insert(rows)
    }
    expect((await answer(api.get("/health/ready"))).status).toBe(200)
  })

  it("the shared database pool waits at most 8 s for a connection, set when the app loads (workers get no request)", async () => {
    const pool = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).client.pool as { acquireTimeoutMillis: number }
    expect(pool.acquireTimeoutMillis).toBe(8_000)
    expect(getContainer().resolve<{ connectionWaitMs(): number | undefined }>("databaseWait").connectionWaitMs()).toBe(8_000)
  })

  it("sends HSTS only when a trusted proxy says the client came over TLS", async () => {
    const overTls = { ...shop.headers, "x-forwarded-proto": "https" }
    expect((await api.get("/store/regions", { headers: overTls })).headers["strict-transport-security"]).toBeUndefined()
    process.env.TRUSTED_PROXIES = "loopback"
    try {
      expect((await api.get("/store/regions", { headers: overTls })).headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains")
      expect((await api.get("/store/regions", { headers: shop.headers })).headers["strict-transport-security"]).toBeUndefined()
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  })

  it("CORS answers only the configured origins, on /store, /admin and /auth", async () => {
    const preflight = (path: string, origin: string) =>
      answer(api.options(path, { headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } }))
    for (const path of ["/store/carts", "/admin/products", "/auth/customer/emailpass"]) {
      const foreign = await preflight(path, "https://evil.example")
      expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
      // A look-alike of an allowed origin is foreign too (no pattern matching).
      expect((await preflight(path, "http://localhost:8000.evil.example")).headers["access-control-allow-origin"]).toBeUndefined()
    }
    expect((await preflight("/store/carts", "http://localhost:8000")).headers["access-control-allow-origin"]).toBe("http://localhost:8000")
    expect((await preflight("/admin/products", "http://localhost:9000")).headers["access-control-allow-origin"]).toBe("http://localhost:9000")
  })

  it("caps Store API requests per client and minute (429, Retry-After); a forged X-Forwarded-For does not reset the count", async () => {
    const saved = process.env.STORE_REQUESTS_PER_MINUTE
    process.env.STORE_REQUESTS_PER_MINUTE = "12"
    const regions = (extra: Record<string, string> = {}) => answer(api.get("/store/regions", { headers: { ...shop.headers, ...extra } }))
    try {
      // Nobody trusted: every request is the socket peer's, whatever it claims.
      const statuses: number[] = []
      for (let request = 0; request < 13; request++) statuses.push((await regions({ "x-forwarded-for": `198.51.100.${request}` })).status)
      expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200))
      const refused = await regions({ "x-forwarded-for": "198.51.100.99" })
      expect(refused.status).toBe(429)
      expect(refused.data.code).toBe("too_many_requests")
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)

      // Behind the storefront (trusted): each shopper it names has their own count, and its own catalogue reads have none.
      process.env.TRUSTED_PROXIES = "loopback"
      for (let request = 0; request < 12; request++) expect((await regions({ "x-forwarded-for": "203.0.113.70" })).status).toBe(200)
      expect((await regions({ "x-forwarded-for": "203.0.113.70" })).status).toBe(429)
      expect((await regions({ "x-forwarded-for": "203.0.113.71" })).status).toBe(200)
      for (let request = 0; request < 20; request++) expect((await regions()).status).toBe(200)
    } finally {
      delete process.env.TRUSTED_PROXIES
      if (saved === undefined) delete process.env.STORE_REQUESTS_PER_MINUTE
      else process.env.STORE_REQUESTS_PER_MINUTE = saved
    }
  })

  it("a change made with the dashboard's session cookie must come from the shop's origin, as JSON", async () => {
    const { authorization } = await adminHeaders(getContainer(), "csrf@mj-chauffage.dz")
    const session = await api.post("/auth/session", {}, { headers: { authorization } })
    const cookie = String(session.headers["set-cookie"]).split(";")[0]!
    expect(cookie).toMatch(/^connect\.sid=/)
    const change = (headers: Record<string, string>, body: unknown = { title: "" }) => answer(api.post("/admin/products", body, { headers: { cookie, ...headers } }))

    const forged = await change({ origin: "https://evil.example" })
    expect(forged.status).toBe(403)
    expect(forged.data.code).toBe("cross_site_request")
    expect((await change({})).status).toBe(403)
    expect((await change({ referer: "https://evil.example/page" })).status).toBe(403)
    const asForm = await change({ origin: "http://localhost:9000", "content-type": "text/plain" }, "title=x")
    expect(asForm.status).toBe(415)
    expect(asForm.data.code).toBe("json_body_required")
    // A bearer token is no cookie a browser sends by itself: no origin needed; the route itself answers (a product needs a title).
    const withBearer = await answer(api.post("/admin/products", { title: "" }, { headers: { authorization } }))
    expect(withBearer.status).toBe(400)
    expect(withBearer.data.code).toBe("invalid_request")
    // From the dashboard's own origin, as JSON, the cookie gets the very answer the bearer token got.
    const fromDashboard = await change({ origin: "http://localhost:9000" })
    expect({ status: fromDashboard.status, data: fromDashboard.data }).toEqual({ status: 400, data: withBearer.data })
    // Each change a staff member tried is in the security log, with who and the answer.
    const changes = securityLog().filter((line) => line.event === "staff_change" && line.path === "/admin/products")
    expect(changes.length).toBeGreaterThanOrEqual(2)
    expect(changes.at(-1)).toMatchObject({ method: "POST", status: 400, outcome: "failure", actor: expect.stringMatching(/^user_/) })
  })

  it("every refused staff request is in the security log, reads and anonymous ones too", async () => {
    const anonymous = await answer(api.post("/admin/products", { title: "x" }))
    const badToken = await answer(api.get("/admin/orders", { headers: { authorization: "Bearer pas.un.jeton" } }))
    expect([anonymous.status, badToken.status]).toEqual([401, 401])
    const refusals = securityLog().filter((line) => line.event === "staff_refused")
    expect(refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: "POST", path: "/admin/products", status: 401, outcome: "failure", actor: null, client: expect.any(String), request_id: expect.any(String) }),
        expect.objectContaining({ method: "GET", path: "/admin/orders", status: 401, outcome: "failure", actor: null }),
      ])
    )
    expect(JSON.stringify(refusals)).not.toContain("pas.un.jeton")
  })

  it("one request id per request, in the answer and the security log; a caller's own id only from a trusted proxy", async () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    const forged = await answer(api.get("/admin/customers", { headers: { "x-request-id": "choisi-par-un-inconnu" } }))
    expect(forged.headers["x-request-id"]).toMatch(UUID)
    const logged = securityLog().filter((line) => line.event === "staff_refused" && line.path === "/admin/customers")
    expect(logged.at(-1)).toMatchObject({ request_id: forged.headers["x-request-id"] })
    expect((await answer(api.get("/store/regions", { headers: shop.headers }))).headers["x-request-id"]).toMatch(UUID)
    process.env.TRUSTED_PROXIES = "loopback"
    try {
      const fromProxy = await answer(api.get("/store/regions", { headers: { ...shop.headers, "x-request-id": "vitrine-0123456789" } }))
      expect(fromProxy.headers["x-request-id"]).toBe("vitrine-0123456789")
      const malformed = await answer(api.get("/store/regions", { headers: { ...shop.headers, "x-request-id": "a b\"c" } }))
      expect(malformed.headers["x-request-id"]).toMatch(UUID)
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  })

  it("refuses a JSON body over 100 kB and a Store API page over 100 rows, with codes", async () => {
    const big = await answer(api.post("/store/carts", { metadata: { note: "x".repeat(110_000) } }, { headers: shop.headers }))
    expect(big.status).toBe(413)
    expect(big.data.code).toBe("body_too_large")
    const page = await answer(api.get("/store/products?limit=101", { headers: shop.headers }))
    expect(page.status).toBe(400)
    expect(page.data.code).toBe("invalid_input")
    expect((await api.get("/store/products?limit=100", { headers: shop.headers })).status).toBe(200)
  })
})
