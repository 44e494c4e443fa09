/**
 * Production without Docker, for real: `npm run build`, then `npm run start:prod` with
 * NODE_ENV=production, Redis and real secrets against PostgreSQL 16. The server and the worker boot
 * from the build output, every Redis module connects (no in-memory fallback), /health answers on
 * both and the server's /health/ready finds PostgreSQL, Redis and the migrations applied, the Store
 * API serves the seeded catalogue and runs a workflow (cart creation), answers carry the security
 * headers, and the admin dashboard loads and logs in, in Chromium, under its own CSP with no violation. The TLS proxy is 127.0.0.1 (TRUSTED_PROXIES); another loopback address
 * (127.0.0.2) stands for anyone else. The logs are JSON lines carrying the request id of the answer, and
 * traces reach a local OTLP receiver (OTEL_EXPORTER_OTLP_ENDPOINT) without secrets, as do the metrics
 * of a checkout (request durations by route, orders placed by payment method); without the variable no
 * OpenTelemetry SDK is even loaded.
 * SIGTERM while a request is in flight: it is answered, then all exits.
 */
import assert from "node:assert/strict"
import { spawnSync, type ChildProcess } from "node:child_process"
import http from "node:http"
import path from "node:path"
import { once } from "node:events"
import { after, before, describe, it } from "node:test"
import { chromium } from "@playwright/test"
import { ensureDatabase, findPublishableKey } from "../lib/database"
import { startThrowawayPostgres, type RunningPostgres } from "../lib/embedded-postgres"
import fs from "node:fs"
import { BACKEND_DIR, PLUGINS_DIR, REPO_ROOT } from "../lib/paths"
import { freePort, isListening, waitFor } from "../lib/ports"
import { startOtlpReceiver, type ReceivedMetricPoint } from "../lib/otlp-receiver"
import { readyCart, storeCall } from "../lib/drill-stack"
import { makeProductionAdmin } from "../lib/production-admin"
import { seedFromProductionBuild } from "../lib/production-build"
import { clearRedisKeys, productionEnv, REDIS_URL, redisPrefix, skipWithoutRedis, startProduction } from "../lib/production-stack"
import { run } from "../lib/processes"
import { clusterNodeFlags } from "../lib/cluster-node-flags"
import { STOREFRONT_KEY_TITLE } from "../../backend/src/scripts/seed/storefront-key"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"
import { CASH_ON_DELIVERY } from "../../backend/src/scripts/seed/payment-providers"

const prefix = redisPrefix()
/** The TLS-terminating proxy of this production stand-in; 127.0.0.2 is any other caller. */
const TLS_PROXY = "127.0.0.1"
const SOMEONE_ELSE = "127.0.0.2"

/** RSS of every `medusa start` process below `rootPid` (the cluster's servers and workers), for the record. */
function medusaProcessMemory(rootPid: number): string[] {
  const rows = spawnSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8" })
    .stdout.split("\n")
    .map((row) => row.trim().split(/\s+/))
    .filter((fields) => fields.length >= 4)
    .map(([pid, ppid, rss, ...args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(" ") }))
  const below = new Set([rootPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const row of rows) {
      if (below.has(row.ppid) && !below.has(row.pid)) {
        below.add(row.pid)
        grew = true
      }
    }
  }
  return rows
    .filter((row) => below.has(row.pid) && /(medusa|@medusajs\/cli\/cli\.js) start/.test(row.args))
    .map((row) => `rss ${Math.round(row.rss / 1024)} MB: ${row.args.slice(0, 110)}`)
}

const skip = skipWithoutRedis()

describe("npm run start:prod", { timeout: 900_000, skip }, () => {
  let database: RunningPostgres
  let production: ChildProcess | undefined
  let output = ""
  let env: NodeJS.ProcessEnv
  let ports: { server: number; worker: number }
  let collector: Awaited<ReturnType<typeof startOtlpReceiver>>

  before(async () => {
    collector = await startOtlpReceiver()
    database = await startThrowawayPostgres()
    const databaseUrl = database.url("mj_chauffage")
    await ensureDatabase(databaseUrl)
    ports = { server: await freePort(), worker: await freePort() }
    env = {
      // The dashboard is built to call the API where the browser reaches it: through the proxy's address.
      ...productionEnv({ databaseUrl, redisPrefix: prefix, ports, backendUrl: `http://${TLS_PROXY}:${ports.server}`, trustedProxy: TLS_PROXY }),
      // Medusa's default threshold, whatever the test runner's: the info line of a refused request is asserted.
      LOG_LEVEL: "http",
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      // Batches every 200 ms here (5 s by default) so the spans arrive while the test waits.
      OTEL_BSP_SCHEDULE_DELAY: "200",
      // Metrics every second here (every minute by default).
      OTEL_METRIC_EXPORT_INTERVAL: "1000",
    }
    await run("npm", ["run", "build"], { cwd: REPO_ROOT, env: { ...env, NODE_ENV: "production" } })
  })

  after(async () => {
    if (production?.pid) {
      try {
        process.kill(-production.pid, "SIGINT")
      } catch {
        // already stopped
      }
    }
    await database?.stop()
    await collector?.stop()
    clearRedisKeys(prefix)
  })

  it("boots server and worker on Redis, is ready, serves the store, and stops on SIGTERM after its in-flight request", async () => {
    production = startProduction(env, (chunk) => (output += chunk))
    const healthy = (port: number) => fetch(`http://localhost:${port}/health`).then((response) => response.ok, () => false)
    const up = await waitFor(async () => (await healthy(ports.server)) && (await healthy(ports.worker)), 300_000, 500)
    assert.ok(up, `server or worker did not answer /health:\n${output.slice(-4000)}`)
    const readiness = await fetch(`http://localhost:${ports.server}/health/ready`)
    assert.deepEqual([readiness.status, await readiness.json()], [200, { status: "ready", checks: { database: "ok", redis: "ok", migrations: "ok" } }])

    // What each Redis module logs once connected (JSON logs in production escape the quotes).
    const connected = [
      /Connection to Redis in module 'event-bus-redis' established/,
      /Connection to Redis in module 'cache-redis' established/,
      /Connection to Redis in module 'workflow-engine-redis' established/,
      /Connection to Redis in \\?"locking-redis\\?" provider established/,
    ]
    for (const line of connected) assert.ok(line.test(output), `no log line ${line}`)
    assert.ok(!/Local Event Bus installed|fake redis/i.test(output), "an in-memory fallback was used")
    const redisKeys = spawnSync("redis-cli", ["-u", REDIS_URL, "--scan", "--pattern", `${prefix}*`], { encoding: "utf8" })
    assert.ok(redisKeys.stdout.trim().length > 0, "no Redis key under the environment's prefix")

    // The store's data, seeded with the built seed script against the production configuration.
    await seedFromProductionBuild(env)
    const key = await findPublishableKey(env.DATABASE_URL!, STOREFRONT_KEY_TITLE)
    assert.ok(key)
    const headers = { "x-publishable-api-key": key, "content-type": "application/json" }
    const api = `http://localhost:${ports.server}`
    const catalogue = await (await fetch(`${api}/store/products?limit=100`, { headers })).json()
    assert.ok(catalogue.count >= 60, `count ${catalogue.count}`)
    const regions = await (await fetch(`${api}/store/regions`, { headers })).json()
    const cart = await fetch(`${api}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: regions.regions[0].id }) })
    assert.equal(cart.status, 200)
    assert.equal((await cart.json()).cart.currency_code, "dzd")

    await logsAndTracesFollowTheRequest(api, headers, () => output, collector.spans)
    await aCheckoutIsTracedAndMeasured({ api, headers }, collector)

    // Security headers on an API answer, and the dashboard under its own CSP.
    const regionsAnswer = await fetch(`${api}/store/regions`, { headers })
    assert.equal(regionsAnswer.headers.get("x-powered-by"), null)
    assert.match(regionsAnswer.headers.get("content-security-policy") ?? "", /^default-src 'none'/)
    const staff = await adminDashboardLogsIn(`http://${TLS_PROXY}:${ports.server}`, env)
    // The Secure session cookie is issued when the TLS proxy says "https", never on anyone else's word.
    assert.match(await sessionCookieFrom(TLS_PROXY, ports.server, staff) ?? "", /; Secure/i)
    assert.equal(await sessionCookieFrom(SOMEONE_ELSE, ports.server, staff), undefined)
    // The development admin does not exist here: its login is refused like any unknown one.
    const devLogin = await fetch(`${api}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@mj-chauffage.local", password: "admin-password-dev" }) })
    assert.equal(devLogin.status, 401)
    assert.deepEqual(shippedProblems(), [])

    const medusaProcesses = medusaProcessMemory(production.pid!)
    for (const line of medusaProcesses) process.stdout.write(`# ${line}\n`)
    // Servers and worker run with the cluster's Node flags (the young generation's size: cluster-node-flags.ts).
    const flags = clusterNodeFlags(env)
    assert.ok(medusaProcesses.length >= 2 && medusaProcesses.every((line) => flags.every((flag) => line.includes(` ${flag} `))), `${flags.join(" ")} not in:\n${medusaProcesses.join("\n")}`)

    // SIGTERM, as Docker and systemd stop a service, while a cart creation is in flight (its headers
    // are in, its body not yet): nothing new is accepted, the request is still answered, all exits in 10 s.
    const cartBody = JSON.stringify({ region_id: regions.regions[0].id })
    const inFlight = http.request(`${api}/store/carts`, {
      method: "POST",
      headers: { ...headers, expect: "100-continue", "content-length": Buffer.byteLength(cartBody) },
    })
    inFlight.flushHeaders()
    // "100 Continue" comes once the server has taken the request in (Node's server sends it on its 'request').
    await once(inFlight, "continue")
    const exited = once(production, "exit")
    const stoppedAt = Date.now()
    process.kill(-production.pid!, "SIGTERM")
    const refusing = await waitFor(async () => !(await isListening(ports.server)) && !(await isListening(ports.worker)), 10_000, 50)
    assert.ok(refusing, "server or worker still accepting connections after SIGTERM")
    inFlight.end(cartBody)
    const [answer] = (await once(inFlight, "response")) as [http.IncomingMessage]
    let answerBody = ""
    for await (const chunk of answer) answerBody += chunk
    assert.equal(answer.statusCode, 200, answerBody)
    assert.equal(JSON.parse(answerBody).cart.currency_code, "dzd")
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())])
    const stopSeconds = (Date.now() - stoppedAt) / 1000
    assert.ok(production.exitCode !== null || production.signalCode !== null, `still running 10 s after SIGTERM:\n${output.slice(-2000)}`)
    assert.ok(stopSeconds < 10, `took ${stopSeconds} s to stop`)
    // Every process of the cluster (servers and workers, as many as the cores call for) stops through Medusa's graceful path.
    const processes = output.match(/\[cluster\] (server|worker) \d+ listening/g)?.length ?? 0
    assert.ok(processes >= 2, `${processes} cluster processes`)
    assert.equal(output.match(/Gracefully shutting down server/g)?.length, processes, "a process stopped without Medusa's graceful path")
    process.stdout.write(`# stopped ${stopSeconds.toFixed(1)} s after SIGTERM, the in-flight request answered\n`)
    production = undefined
  })

  it("loads no OpenTelemetry SDK without OTEL_EXPORTER_OTLP_ENDPOINT, and the SDK with it", () => {
    const withoutOtel = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("OTEL_")))
    const on = telemetryLoadedBy(env)
    assert.ok(on.sdkModules > 0, "the control failed: the SDK is not loaded even with an endpoint")
    assert.equal(on.meterProvider, "MeterProvider")
    assert.deepEqual(telemetryLoadedBy(withoutOtel), { sdkModules: 0, meterProvider: "NoopMeterProvider" })
  })
})

/**
 * A refused request (400) is followed by its id: the answer's X-Request-Id is in the JSON line Medusa's
 * error handler logs for it (the id reached the logger through the request's async context) and on the
 * request's trace, which the OTLP receiver got from the server, with workflow spans, and with no key or
 * token in it.
 */
async function logsAndTracesFollowTheRequest(api: string, headers: Record<string, string>, output: () => string, spans: Awaited<ReturnType<typeof startOtlpReceiver>>["spans"]) {
  const refused = await fetch(`${api}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: 42 }) })
  assert.equal(refused.status, 400)
  const id = refused.headers.get("x-request-id")
  assert.match(id ?? "", /^[0-9a-f-]{36}$/)
  // Whole lines only (the last may still be arriving); server and worker share the output.
  const jsonLines = () =>
    output()
      .split("\n")
      .slice(0, -1)
      .filter((line) => line.startsWith("{"))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>]
        } catch {
          return []
        }
      })
  const appLine = () => jsonLines().find((line) => line.request_id === id && line.level !== "http")
  assert.ok(await waitFor(async () => appLine() !== undefined, 10_000, 100), `no JSON log line with request_id ${id}:\n${output().slice(-3000)}`)
  assert.equal(appLine()!.level, "info")
  assert.match(String(appLine()!.message), /region_id/)
  assert.match(String(appLine()!.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  const started = Date.now()
  const requestSpan = () => spans.find((span) => span.attributes["x-request-id"] === id && span.attributes["http.method"] === "POST")
  assert.ok(await waitFor(async () => requestSpan() !== undefined, 15_000, 100), `no span for request ${id}; received: ${spans.map((span) => span.name).join(", ")}`)
  process.stdout.write(`# the request's span reached the OTLP receiver ${Date.now() - started} ms after the answer\n`)
  const span = requestSpan()!
  assert.equal(span.service, "mj-chauffage-server")
  assert.equal(Number(span.attributes["http.statusCode"]), 400)
  assert.equal(span.attributes["x-publishable-api-key"], "[redacted]")
  // The cart created before ran Medusa's workflow: its spans were exported too.
  assert.ok(spans.some((each) => each.name.startsWith("workflow:")), `no workflow span; received: ${[...new Set(spans.map((each) => each.name))].join(", ")}`)
  const carriers = spans.filter((each) => JSON.stringify(each).includes(headers["x-publishable-api-key"]!))
  assert.deepEqual(carriers, [], "a span carries the API key")
}

/**
 * A cash-on-delivery checkout, as the storefront makes it: its workflow's spans reach the receiver, and
 * so do the metrics: the server's http.server.request.duration under the completion's route (not its
 * URL) and status, and the worker's shop.orders.placed counting the order as paid on delivery.
 */
async function aCheckoutIsTracedAndMeasured(store: { api: string; headers: Record<string, string> }, collector: Awaited<ReturnType<typeof startOtlpReceiver>>) {
  const part = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 1)
  assert.ok(part, "no seeded part in stock")
  const customer = "198.51.100.7"
  const variantId: string = (await storeCall(store, "GET", `/store/products?handle=${part.handle}`, customer)).body.products[0].variants[0].id
  const cartId = await readyCart(store, customer, "otel-checkout@example.dz", variantId, CASH_ON_DELIVERY)
  const completed = await storeCall(store, "POST", `/store/carts/${cartId}/complete`, customer, {})
  assert.deepEqual([completed.status, completed.body.type], [200, "order"], JSON.stringify(completed.body))

  const started = Date.now()
  const latest = (service: string, name: string, attributes: Record<string, unknown>): ReceivedMetricPoint | undefined =>
    collector.metricPoints.filter((point) => point.service === service && point.name === name && Object.entries(attributes).every(([key, value]) => point.attributes[key] === value)).at(-1)
  const completion = () => latest("mj-chauffage-server", "http.server.request.duration", { "http.route": "/store/carts/:id/complete", "http.request.method": "POST", "http.response.status_code": 200 })
  const refusal = () => latest("mj-chauffage-server", "http.server.request.duration", { "http.route": "/store/carts", "http.request.method": "POST", "http.response.status_code": 400 })
  const ordersPlaced = () => latest("mj-chauffage-worker", "shop.orders.placed", { "payment.method": "cash_on_delivery" })
  const received = () => [...new Set(collector.metricPoints.map((point) => `${point.service} ${point.name} ${JSON.stringify(point.attributes)}`))].join("\n")
  assert.ok(await waitFor(async () => completion() !== undefined && ordersPlaced() !== undefined, 20_000, 100), `no checkout metrics; received:\n${received()}`)
  process.stdout.write(`# the checkout's metrics reached the OTLP receiver ${Date.now() - started} ms after the order\n`)
  assert.ok(completion()!.value >= 1)
  assert.equal(ordersPlaced()!.value, 1)
  assert.ok((refusal()?.value ?? 0) >= 1, `the refused cart is not measured under its route; received:\n${received()}`)
  // No series per URL: every route is a pattern, never a cart's id.
  const routes = collector.metricPoints.map((point) => String(point.attributes["http.route"] ?? ""))
  assert.deepEqual(routes.filter((route) => route.includes(cartId)), [])
  // Spans go in their own batches, not with the metrics: waited for, not assumed to have come first.
  const checkoutSpan = () => collector.spans.some((span) => span.name === "workflow:complete-cart")
  assert.ok(await waitFor(async () => checkoutSpan(), 15_000, 100), `no checkout span in ${collector.spans.length} spans; received: ${[...new Set(collector.spans.map((span) => span.name))].join(", ")}`)
}

/**
 * What loading the built instrumentation hook (`register`, as `medusa start` calls it) brings into a
 * process: with an OTLP endpoint the SDK, its exporters and a meter provider; without, none of them.
 */
function telemetryLoadedBy(env: NodeJS.ProcessEnv): { sdkModules: number; meterProvider: string } {
  const script = [
    `require("./instrumentation.js").register()`,
    `const sdkModules = Object.keys(require.cache).filter((file) => /@opentelemetry[\\/](sdk-|exporter-)/.test(file)).length`,
    `const meterProvider = require("@opentelemetry/api").metrics.getMeterProvider().constructor.name`,
    `process.stdout.write(JSON.stringify({ sdkModules, meterProvider }))`,
    `process.exit(0)`,
  ].join("\n")
  const child = spawnSync(process.execPath, ["-e", script], { cwd: path.join(BACKEND_DIR, ".medusa", "server"), env, encoding: "utf8", timeout: 60_000 })
  assert.equal(child.status, 0, child.stderr)
  return JSON.parse(child.stdout) as { sdkModules: number; meterProvider: string }
}

/**
 * The built dashboard in Debian's Chromium: its CSP (script-src 'self'…) lets it load and log in,
 * and the browser reports no violation. The proxy's X-Forwarded-Proto stands for the TLS a
 * production deployment has (the session cookie is Secure).
 */
async function adminDashboardLogsIn(api: string, env: NodeJS.ProcessEnv): Promise<{ email: string; password: string }> {
  const { email, password } = await makeProductionAdmin(env, "bureau@mj-chauffage.dz")
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" })
  try {
    const page = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-proto": "https" } })
    const violations: string[] = []
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
    })
    const dashboard = await page.goto(`${api}/app`)
    assert.match(dashboard?.headers()["content-security-policy"] ?? "", /script-src 'self'/)
    assert.equal(dashboard?.headers()["x-frame-options"], "DENY")
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname.startsWith("/app/") && !url.pathname.startsWith("/app/login"), { timeout: 60_000 })
    await page.waitForLoadState("networkidle")
    assert.deepEqual(violations, [])
  } finally {
    await browser.close()
  }
  return { email, password }
}

/** One request to the server from a chosen loopback address (the socket peer Medusa sees). */
function requestFrom(localAddress: string, port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: TLS_PROXY, port, method, path, headers, localAddress }, (response) => {
      let text = ""
      response.setEncoding("utf8")
      response.on("data", (chunk) => (text += chunk))
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }))
    })
    request.on("error", reject)
    request.end(body)
  })
}

/** Logs in from `localAddress` claiming "X-Forwarded-Proto: https" and returns the session cookie Medusa sets, if any. */
async function sessionCookieFrom(localAddress: string, port: number, staff: { email: string; password: string }) {
  const claimsTls = { "x-forwarded-proto": "https" }
  const login = await requestFrom(localAddress, port, "POST", "/auth/user/emailpass", { ...claimsTls, "content-type": "application/json" }, JSON.stringify(staff))
  assert.equal(login.status, 200, login.body)
  const session = await requestFrom(localAddress, port, "POST", "/auth/session", { ...claimsTls, authorization: `Bearer ${JSON.parse(login.body).token}` })
  assert.equal(session.status, 200, session.body)
  return session.headers["set-cookie"]?.find((cookie) => cookie.startsWith("connect.sid="))
}

/**
 * What the build ships, read back: no console.log in our compiled server code (the backend's and
 * the plugins'), and no test, demo or development route among the API routes it serves.
 */
function shippedProblems(): string[] {
  const builds = [path.join(BACKEND_DIR, ".medusa", "server", "src"), ...fs.readdirSync(PLUGINS_DIR).map((name) => path.join(PLUGINS_DIR, name, ".medusa", "server", "src"))]
  const problems: string[] = []
  for (const build of builds.filter((dir) => fs.existsSync(dir))) {
    for (const file of fs.readdirSync(build, { recursive: true, encoding: "utf8" })) {
      const full = path.join(build, file)
      if (/(^|\/)admin(\/|$)/.test(file) || !file.endsWith(".js")) continue
      if (/\bconsole\.log\(/.test(fs.readFileSync(full, "utf8"))) problems.push(`console.log in ${path.relative(REPO_ROOT, full)}`)
      if (/^api\/.*route\.js$/.test(file) && /(^|\/)(test|tests|demo|dev|debug|seed)(\/|$)/.test(file)) problems.push(`a test or demo route: ${file}`)
    }
  }
  return problems
}
