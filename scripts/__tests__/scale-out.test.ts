/**
 * The production cluster with two server processes, for real: `npm run start:prod` with MEDUSA_SERVERS=2
 * and MEDUSA_WORKERS=2 on Redis and a throwaway PostgreSQL 16, from the production build. Requests
 * spread over both servers (SERVED_BY_HEADER names the process), and the guarantees still hold across
 * processes: 50 simultaneous bookings of one slot give one visit, 20 buyers of the last units give one
 * order, twenty returns from SATIM and its callback for one card payment give one order and one capture
 * (the simulator over https, as a production build demands), one client's request ceiling is counted
 * once for both servers, the day-before reminder job run by the two workers reminds each visit once (the
 * job every 2 s and at any hour: BOOKING_REMINDER_TEST_EVERY_SECONDS). Then one server is killed
 * mid-load: the other keeps answering and the cluster starts another.
 * Reuses the production build when it is newer than the sources (npm test builds it for production-start).
 */
import assert from "node:assert/strict"
import { spawnSync, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { simpleParser } from "mailparser"
import { ensureDatabase, findPublishableKey, withClient } from "../lib/database"
import { startThrowawayPostgres, type RunningPostgres } from "../lib/embedded-postgres"
import { freePort, waitFor } from "../lib/ports"
import { readyCart as readyCartAs } from "../lib/drill-stack"
import { makeProductionAdmin } from "../lib/production-admin"
import { ensureProductionBuild, seedFromProductionBuild } from "../lib/production-build"
import { clearRedisKeys, productionEnv, REDIS_URL, redisPrefix, skipWithoutRedis, startProduction } from "../lib/production-stack"
import { startSmtpSink, type SmtpSink } from "../lib/smtp-sink"
import { payWithSuccessCard, startHttpsSatimSimulator, type HttpsSatim } from "../lib/satim-simulator/https-satim"
import { solvePaymentChallenge } from "@mj-chauffage/payments-dz/lib/card/captcha"
import { SATIM_PROVIDER_ID } from "@mj-chauffage/payments-dz/lib/provider-ids"
import { algiersDate, slotsApart } from "../../backend/integration-tests/helpers/booking-fixture"
import { STOREFRONT_KEY_TITLE } from "../../backend/src/scripts/seed/storefront-key"
import { SEED_PRODUCTS } from "../../backend/src/scripts/seed/catalogue"
import { CASH_ON_DELIVERY } from "../../backend/src/scripts/seed/payment-providers"

const prefix = redisPrefix()
const skip = skipWithoutRedis()

type Answer = { status: number; data: any; servedBy: number; retryAfter: number } // eslint-disable-line @typescript-eslint/no-explicit-any

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)

const REMINDER_EVERY_SECONDS = 2
/** The reminder job's runs, as BullMQ names them in the workers' scheduled-job queue (workflow-engine-redis: `schedule_job-<name>`). */
const REMINDER_RUN_ID = "repeat:schedule_job-booking-remind-tomorrows-visits:"

describe("the production cluster with two servers", { timeout: 900_000, skip }, () => {
  let database: RunningPostgres
  let production: ChildProcess | undefined
  let output = ""
  let env: NodeJS.ProcessEnv
  let api: string
  let databaseUrl: string
  let headers: Record<string, string>
  let satim: HttpsSatim
  let mail: SmtpSink
  let mailDir: string
  let shoppers = 0

  /** Each shopper behind the TLS proxy has its own address, so no per-client ceiling is shared. */
  const nextShopperAddress = () => `198.51.${100 + ((shoppers >> 8) % 50)}.${(shoppers++ % 250) + 1}`

  /** One Store API call as a shopper. `timeoutMs`: a request node:cluster handed to a process as it was killed is never answered (fetch would wait 300 s). */
  async function call(method: "GET" | "POST", url: string, body?: object, timeoutMs = 120_000, address = nextShopperAddress()): Promise<Answer> {
    const response = await fetch(`${api}${url}`, {
      method,
      signal: AbortSignal.timeout(timeoutMs),
      headers: { ...headers, "content-type": "application/json", "x-forwarded-for": address },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    return { status: response.status, data: text ? JSON.parse(text) : undefined, servedBy: Number(response.headers.get("x-served-by")), retryAfter: Number(response.headers.get("retry-after") ?? 0) }
  }

  /**
   * A request on a connection of its own, as `address`: node:cluster hands out connections, not
   * requests, and fetch keeps its connections alive, so only new connections reach a process started
   * later, and only new connections are spread over every server.
   */
  function onNewConnection(method: "GET" | "POST", url: string, body?: object, address = nextShopperAddress(), otherHeaders: Record<string, string> = {}): Promise<Answer & { code?: string }> {
    const payload = body ? JSON.stringify(body) : undefined
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${api}${url}`,
        { method, agent: false, timeout: 30_000, headers: { ...headers, "content-type": "application/json", "x-forwarded-for": address, ...otherHeaders } },
        (response) => {
          let text = ""
          response.setEncoding("utf8")
          response.on("data", (chunk: string) => (text += chunk))
          response.on("end", () => {
            const data = text ? JSON.parse(text) : undefined
            resolve({ status: response.statusCode ?? 0, data, code: data?.code, servedBy: Number(response.headers["x-served-by"]), retryAfter: Number(response.headers["retry-after"] ?? 0) })
          })
        }
      )
      request.on("timeout", () => request.destroy(new Error(`${method} ${url}: no answer in 30 s`)))
      request.on("error", reject)
      request.end(payload)
    })
  }
  const getOnNewConnection = (url: string, address?: string) => onNewConnection("GET", url, undefined, address)

  /** A cart ready to pay (drill-stack.ts), built by a shopper of its own. */
  const readyCart = (email: string, variantId: string, quantity: number, provider: string) =>
    readyCartAs({ api, headers: { ...headers, "content-type": "application/json" } }, nextShopperAddress(), email, variantId, provider, quantity)

  const sql = <T>(query: string, values: unknown[] = []): Promise<T[]> =>
    withClient(databaseUrl, async (client) => (await client.query(query, values)).rows as T[])

  before(async () => {
    const started = Date.now()
    database = await startThrowawayPostgres()
    databaseUrl = database.url("mj_chauffage")
    await ensureDatabase(databaseUrl)
    const ports = { server: await freePort(), worker: await freePort() }
    api = `http://127.0.0.1:${ports.server}`
    // SATIM over https, as production demands: the simulator with a certificate of this run, which the cluster trusts.
    satim = await startHttpsSatimSimulator()
    // The shop's e-mails (the reminders among them), in a sink of this run's own.
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-scale-out-mail-"))
    mail = await startSmtpSink({ port: 0, dir: mailDir })
    env = {
      ...productionEnv({ databaseUrl, redisPrefix: prefix, ports, backendUrl: api, trustedProxy: "127.0.0.1" }),
      MEDUSA_SERVERS: "2",
      MEDUSA_WORKERS: "2",
      SERVED_BY_HEADER: "true",
      LOG_LEVEL: "warn",
      SMTP_PORT: String(mail.port),
      // The day-before reminder job every 2 s, acting at any hour (reminder-timing.ts): this test runs at any time of day.
      BOOKING_REMINDER_TEST_EVERY_SECONDS: String(REMINDER_EVERY_SECONDS),
      ...satim.env,
    }
    await ensureProductionBuild(env)
    process.stdout.write(`# build ready ${seconds(started)} s\n`)

    const booting = Date.now()
    production = startProduction(env, (chunk) => (output += chunk))
    const listening = () => (output.match(/\[cluster\] server \d+ listening/g) ?? []).length === 2 && (output.match(/\[cluster\] worker \d+ listening/g) ?? []).length === 2
    assert.ok(await waitFor(async () => listening(), 300_000, 250), `the cluster did not start:\n${output.slice(-4000)}`)
    process.stdout.write(`# 2 servers + 2 workers listening ${seconds(booting)} s after start:prod\n`)

    const seeding = Date.now()
    await seedFromProductionBuild(env)
    headers = { "x-publishable-api-key": (await findPublishableKey(databaseUrl, STOREFRONT_KEY_TITLE))! }
    process.stdout.write(`# seeded ${seconds(seeding)} s\n`)
  })

  after(async () => {
    if (production?.pid) {
      try {
        process.kill(-production.pid, "SIGTERM")
      } catch {
        // already stopped
      }
      await waitFor(async () => production!.exitCode !== null || production!.signalCode !== null, 15_000, 100)
    }
    await database?.stop()
    await satim?.stop()
    await mail?.stop()
    if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true })
    clearRedisKeys(prefix)
  })

  let serverPids: number[] = []

  it("spreads requests over both server processes, none to the workers", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => call("GET", "/store/regions")))
    assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200])
    serverPids = [...new Set(answers.map((answer) => answer.servedBy))].sort()
    assert.equal(serverPids.length, 2, `served by ${serverPids.join(", ")}`)
    const workers = [...output.matchAll(/\[cluster\] worker (\d+) listening/g)].map((match) => Number(match[1]))
    assert.equal(workers.length, 2)
    assert.ok(workers.every((worker) => !serverPids.includes(worker)), "a worker answered a Store API request")
  })

  it("50 simultaneous bookings of one slot over both servers: one 201, 49 × 409 slot_unavailable, one visit", async () => {
    const started = Date.now()
    const zone = (await call("GET", "/store/booking/zones")).data.zones.find((each: { handle: string }) => each.handle === "boumerdes").id
    const fault = (await call("GET", "/store/booking/fault-types")).data.fault_types.find((each: { handle: string }) => each.handle === "pas-de-chauffage").id
    const { data } = await call("GET", `/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(0)}&to=${algiersDate(9)}`)
    const start: string = data.slots[0].start
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        call("POST", "/store/booking/appointments", {
          zone_id: zone,
          fault_type_id: fault,
          starts_at: start,
          contact: { first_name: "Client", last_name: `${index}`, phone: "0661000000", email: `c${index}@example.dz` },
          address: { address_1: "3 rue Larbi Ben M'hidi", commune: "Boumerdes", wilaya_code: "35" },
          description: "La chaudière se met en sécurité, code F28.",
        })
      )
    )
    const statuses = answers.map((answer) => answer.status)
    assert.equal(statuses.filter((status) => status === 201).length, 1, `statuses ${statuses.join(",")}`)
    assert.deepEqual(answers.filter((answer) => answer.status !== 201).map((answer) => `${answer.status} ${answer.data?.code}`), Array(49).fill("409 slot_unavailable"))
    assert.deepEqual([...new Set(answers.map((answer) => answer.servedBy))].sort(), serverPids, "both servers took bookings")
    const rows = await sql<{ n: number }>("SELECT count(*)::int AS n FROM appointment WHERE zone_id = $1 AND starts_at = $2 AND deleted_at IS NULL", [zone, start])
    assert.equal(rows[0]!.n, 1)
    process.stdout.write(`# booking race over 2 servers: ${seconds(started)} s\n`)
  })

  it("20 buyers completing at once for the last 2 units over both servers: one order, the others refused, no 5xx", async () => {
    const started = Date.now()
    const scarce = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock === 2)!
    const variantId: string = (await call("GET", `/store/products?handle=${scarce.handle}`)).data.products[0].variants[0].id
    const carts = await Promise.all(Array.from({ length: 20 }, (_, index) => readyCart(`acheteur${index}@example.dz`, variantId, 2, CASH_ON_DELIVERY)))
    const prepared = Date.now()
    const answers = await Promise.all(carts.map((cartId) => call("POST", `/store/carts/${cartId}/complete`, {})))
    const orders = answers.filter((answer) => answer.status === 200 && answer.data.type === "order")
    assert.equal(orders.length, 1, answers.map((answer) => `${answer.status} ${answer.data?.type ?? answer.data?.code}`).join(", "))
    const refused = answers.filter((answer) => answer !== orders[0])
    assert.ok(refused.every((answer) => answer.status >= 400 && answer.status < 500 && answer.data?.code), refused.map((answer) => `${answer.status} ${answer.data?.code}`).join(", "))
    assert.deepEqual([...new Set(answers.map((answer) => answer.servedBy))].sort(), serverPids, "both servers completed carts")
    // A completion that waited too long for the stock's lock is told to retry (409 request_in_progress
    // with Retry-After); as a storefront would, it retries when told to, and finds the part sold out.
    let waited = 0
    const retryWhenTold = async (cartId: string, answer: Answer): Promise<Answer> => {
      for (let attempt = 0; answer.status === 409 && answer.data?.code === "request_in_progress" && attempt < 6; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000))
        waited += answer.retryAfter
        answer = await call("POST", `/store/carts/${cartId}/complete`, {})
      }
      return answer
    }
    const toRetry = carts.filter((_, index) => answers[index]!.data?.code === "request_in_progress")
    const retried = await Promise.all(toRetry.map((cartId) => retryWhenTold(cartId, answers[carts.indexOf(cartId)]!)))
    assert.deepEqual(retried.map((answer) => `${answer.status} ${answer.data?.code}`), Array(retried.length).fill("400 out_of_stock"))
    const ordered = await sql<{ n: number }>(
      `SELECT count(DISTINCT i.order_id)::int AS n FROM order_item i JOIN order_line_item li ON li.id = i.item_id WHERE li.variant_id = $1`,
      [variantId]
    )
    assert.equal(ordered[0]!.n, 1)
    const tally = new Map<string, number>()
    for (const answer of refused) tally.set(answer.data.code, (tally.get(answer.data.code) ?? 0) + 1)
    const codes = [...tally].map(([code, times]) => `${times} ${code}`).join(", ")
    process.stdout.write(`# oversell over 2 servers: 20 carts ready in ${((prepared - started) / 1000).toFixed(1)} s, 20 completions ${seconds(prepared)} s (1 order; ${codes}; ${retried.length} retried after Retry-After, ${waited} s of waits in all: out_of_stock)\n`)
  })

  it("20 returns from SATIM for one card payment over both servers, with SATIM's callback: one order, one capture", async () => {
    const started = Date.now()
    const plentiful = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 10)!
    const variantId: string = (await call("GET", `/store/products?handle=${plentiful.handle}`)).data.products[0].variants[0].id
    const cartId = await readyCart("carte@example.dz", variantId, 1, SATIM_PROVIDER_ID)
    // The pay step: the captcha of this cart, solved by the customer's browser, then the card page from SATIM.
    const shopper = nextShopperAddress()
    const challenge = (await call("GET", `/store/card/captcha?cart_id=${cartId}`, undefined, undefined, shopper)).data
    const captcha = Buffer.from(JSON.stringify({ challenge, solution: await solvePaymentChallenge(challenge) })).toString("base64")
    const registered = await call("POST", "/store/satim/payments", { cart_id: cartId, locale: "fr", captcha }, undefined, shopper)
    assert.ok(registered.data?.payment?.form_url, `${registered.status} ${JSON.stringify(registered.data)}`)
    const satimOrderId = await payWithSuccessCard(satim, registered.data.payment.form_url)

    // Twenty returns of the customer's browser and SATIM's own callback at once, each on a new connection (both servers take a share).
    const [callback, ...returns] = await Promise.all([
      getOnNewConnection(`/hooks/satim?mdOrder=${satimOrderId}&orderNumber=${registered.data.payment.order_number}&operation=deposited&status=1`),
      ...Array.from({ length: 20 }, () => onNewConnection("POST", "/store/satim/payments/settle", { order_id: satimOrderId })),
    ])
    assert.equal(callback!.status, 200, JSON.stringify(callback!.data))
    assert.deepEqual([...new Set(returns.map((answer) => answer.status))], [200], returns.map((answer) => `${answer.status} ${answer.code}`).join(", "))
    const orderIds = [...new Set(returns.map((answer) => answer.data.payment.order_id as string))]
    assert.equal(orderIds.length, 1)
    assert.deepEqual([...new Set([callback!, ...returns].map((answer) => answer.servedBy))].sort(), serverPids, "both servers settled")
    const [settled] = await sql<{ orders: number; captures: number }>(
      `SELECT (SELECT count(*)::int FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL) AS orders,
              (SELECT count(*)::int FROM capture c JOIN payment p ON p.id = c.payment_id
                 JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
                WHERE opc.order_id = $2 AND c.deleted_at IS NULL AND opc.deleted_at IS NULL) AS captures`,
      [cartId, orderIds[0]]
    )
    assert.deepEqual(settled, { orders: 1, captures: 1 })
    process.stdout.write(`# SATIM over 2 servers: paid, then 20 returns + the callback settled in ${seconds(started)} s in all (1 order, 1 capture)\n`)
  })

  it("the day-before reminder job with two workers: each visit of tomorrow reminded once", async () => {
    const started = Date.now()
    const zone = (await call("GET", "/store/booking/zones")).data.zones.find((each: { handle: string }) => each.handle === "alger").id
    const fault = (await call("GET", "/store/booking/fault-types")).data.fault_types.find((each: { handle: string }) => each.handle === "pas-de-chauffage").id
    // Customers book 3 visits of the first working day from tomorrow on (the week runs Sunday to Thursday)…
    let bookedDay = ""
    // (slots apart: overlapping ones may share the last free technician, the race above took one who serves both zones)
    let slots: Array<{ start: string; end: string }> = []
    for (let days = 1; days <= 8 && slots.length < 3; days++) {
      bookedDay = algiersDate(days)
      slots = slotsApart((await call("GET", `/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${bookedDay}&to=${bookedDay}`)).data.slots, 3)
    }
    assert.ok(slots.length >= 3, "no day with 3 slots apart in the next week")
    const emails = [1, 2, 3].map((visit) => `rappel-${visit}@example.dz`)
    const visits: string[] = []
    for (const [index, email] of emails.entries()) {
      const booked = await call("POST", "/store/booking/appointments", {
        zone_id: zone,
        fault_type_id: fault,
        starts_at: slots[index]!.start,
        contact: { first_name: "Client", last_name: `Rappel ${index + 1}`, phone: `055011230${index + 1}`, email },
        address: { address_1: "3 rue Larbi Ben M'hidi", commune: "Alger Centre", wilaya_code: "16" },
        description: "La chaudière ne démarre plus.",
      })
      assert.equal(booked.status, 201, JSON.stringify(booked.data))
      visits.push(booked.data.appointment.id)
    }
    // …moved to tomorrow, same hours, when tomorrow is a Friday or a Saturday (no slots): the reminder is about the date, not the rota.
    const tomorrow = algiersDate(1)
    const shiftDays = Math.round((Date.parse(`${bookedDay}T12:00:00Z`) - Date.parse(`${tomorrow}T12:00:00Z`)) / 86_400_000)
    if (shiftDays > 0) {
      await sql(
        `UPDATE appointment SET starts_at = starts_at - make_interval(days => $2), ends_at = ends_at - make_interval(days => $2),
                blocked_from = blocked_from - make_interval(days => $2), blocked_until = blocked_until - make_interval(days => $2) WHERE id = ANY($1)`,
        [visits, shiftDays]
      )
    }
    const booked = Date.now()

    // The job runs every 2 s on whichever worker BullMQ hands it to; every visit is claimed and its e-mail sent.
    const remindedAt = async () => (await sql<{ n: number }>("SELECT count(*)::int AS n FROM appointment WHERE id = ANY($1) AND reminded_at IS NOT NULL", [visits]))[0]!.n
    assert.ok(await waitFor(async () => (await remindedAt()) === visits.length, 60_000, 250), `${await remindedAt()} of ${visits.length} visits reminded after 60 s`)
    const allReminded = Date.now()
    // Then at least two more runs of the job, which must find nothing left to send (their ids in the workers' completed runs).
    const runsSince = (since: number) =>
      spawnSync("redis-cli", ["-u", REDIS_URL, "zrangebyscore", `${prefix}-bull:${prefix}-workflows-jobs:completed`, String(since), "+inf"], { encoding: "utf8" })
        .stdout.split("\n")
        .filter((id) => id.startsWith(REMINDER_RUN_ID)).length
    assert.ok(await waitFor(async () => runsSince(allReminded) >= 2, 30_000, 250), `${runsSince(allReminded)} runs of the reminder job since every visit was reminded`)
    const runs = runsSince(started)

    // Exactly one reminder per visit: one e-mail notification recorded, one message in the sink.
    const notifications = await sql<{ resource_id: string; status: string }>(
      "SELECT resource_id, status FROM notification WHERE template = 'appointment-reminder' AND channel = 'email' AND resource_id = ANY($1) ORDER BY resource_id",
      [visits]
    )
    assert.deepEqual(notifications, [...visits].sort().map((id) => ({ resource_id: id, status: "success" })))
    const reminders = (await Promise.all(mail.files().map(async (file) => simpleParser(fs.readFileSync(file)))))
      .filter((parsed) => /^Rappel/.test(parsed.subject ?? ""))
      .map((parsed) => (parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : ""))
      .filter((to) => emails.includes(to))
      .sort()
    assert.deepEqual(reminders, emails)
    const workers = [...output.matchAll(/\[cluster\] worker (\d+) listening/g)].map((match) => Number(match[1]))
    assert.equal(workers.length, 2, "a worker was restarted during the reminders")
    process.stdout.write(
      `# reminders with 2 workers: ${visits.length} visits for ${tomorrow}${shiftDays ? ` (booked ${bookedDay}, moved)` : ""} reminded ${((allReminded - booked) / 1000).toFixed(1)} s after booking, ` +
        `${runs} runs of the job in ${seconds(started)} s, one e-mail each\n`
    )
  })

  it("one client's ceiling is counted once over both servers (in Redis): 300 a minute in all, not 300 each", async () => {
    const address = "203.0.113.77"
    const answers: Array<{ status: number; code?: string; servedBy: number }> = []
    // 340 requests, 10 at a time, each on a new connection so that both servers take their share.
    for (let sent = 0; sent < 340; sent += 10) answers.push(...(await Promise.all(Array.from({ length: 10 }, () => getOnNewConnection("/store/regions", address)))))
    const allowed = answers.filter((answer) => answer.status === 200)
    const refused = answers.filter((answer) => answer.status !== 200)
    assert.equal(allowed.length, 300, `${allowed.length} allowed of 340`)
    assert.deepEqual([...new Set(refused.map((answer) => `${answer.status} ${answer.code}`))], ["429 too_many_requests"])
    assert.deepEqual([...new Set(allowed.map((answer) => answer.servedBy))].sort(), serverPids, "both servers answered the client")
    // Another client is not held back by the first one's ceiling.
    assert.equal((await getOnNewConnection("/store/regions", "203.0.113.78")).status, 200)
  })

  it("what Medusa caches in Redis is forgotten on both servers within 2 s of the office's change (a price in a list and by id, stock, a revoked key)", async () => {
    const office = await makeProductionAdmin(env, "cache@mj-chauffage.dz")
    const login = await call("POST", "/auth/user/emailpass", office)
    assert.equal(login.status, 200, JSON.stringify(login.data))
    const admin = async (method: "GET" | "POST", url: string, body?: object) => {
      const response = await fetch(`${api}${url}`, {
        method,
        headers: { authorization: `Bearer ${login.data.token}`, "content-type": "application/json", "x-forwarded-for": "203.0.113.90" },
        body: body ? JSON.stringify(body) : undefined,
      })
      const text = await response.text()
      assert.ok(response.ok, `${method} ${url}: ${response.status} ${text}`)
      return JSON.parse(text)
    }
    /** Reads on new connections until both servers answered; each answer's value by server. */
    const onBothServers = async <T>(url: string, read: (answer: Answer) => T, otherHeaders: Record<string, string> = {}) => {
      const seen = new Map<number, T[]>()
      for (let round = 0; round < 10 && seen.size < 2; round++) {
        for (const answer of await Promise.all(Array.from({ length: 4 }, () => onNewConnection("GET", url, undefined, nextShopperAddress(), otherHeaders)))) {
          seen.set(answer.servedBy, [...(seen.get(answer.servedBy) ?? []), read(answer)])
        }
      }
      assert.deepEqual([...seen.keys()].sort(), serverPids, "both servers answered")
      return [...seen.values()].flat()
    }
    /**
     * Milliseconds from `since` until a round of reads on both servers all give `expected`, within 2 s: Medusa
     * clears the cache from the event of the change, which its HTTP answer does not wait for.
     */
    const clearedWithin2s = async <T>(since: number, url: string, read: (answer: Answer) => T, expected: T, otherHeaders: Record<string, string> = {}) => {
      let values: T[] = []
      while (Date.now() - since < 2_000) {
        values = await onBothServers(url, read, otherHeaders)
        if (values.every((value) => value === expected)) return Date.now() - since
      }
      assert.fail(`still ${JSON.stringify([...new Set(values)])} 2 s after the change, not ${JSON.stringify(expected)}`)
    }

    // A price: read (so cached) on both servers, in a list and by id, changed as the dashboard saves it, read again.
    const part = SEED_PRODUCTS.find((product) => product.variants.length === 1)!
    const regionId: string = (await call("GET", "/store/regions")).data.regions[0].id
    const { products } = await admin("GET", `/admin/products?handle=${part.handle}&fields=id,*variants,*variants.prices`)
    const variant = products[0].variants[0] as { id: string; prices: Array<{ id: string; currency_code: string; amount: number }> }
    const listUrl = `/store/products?handle=${part.handle}&region_id=${regionId}&fields=id,*variants.calculated_price`
    const byIdUrl = `/store/products/${products[0].id}?region_id=${regionId}&fields=id,*variants.calculated_price,+variants.inventory_quantity`
    const listPrice = (answer: Answer) => Number(answer.data.products[0].variants[0].calculated_price.calculated_amount)
    const byIdPrice = (answer: Answer) => Number(answer.data.product.variants[0].calculated_price.calculated_amount)
    const pages = [
      { url: listUrl, price: listPrice },
      { url: byIdUrl, price: byIdPrice },
    ]
    for (const page of pages) assert.deepEqual([...new Set(await onBothServers(page.url, page.price))], [part.variants[0]!.price], page.url)
    // Proof that the answers come from the cache: a price written behind Medusa's back (no event) is not seen.
    const dzd = variant.prices.find((price) => price.currency_code === "dzd")!
    await sql("update price set amount = 1, raw_amount = '{\"value\": \"1\", \"precision\": 20}' where id = $1", [dzd.id])
    for (const page of pages) assert.deepEqual([...new Set(await onBothServers(page.url, page.price))], [part.variants[0]!.price], `${page.url}: the answer did not come from the cache`)
    const newPrice = part.variants[0]!.price + 1300
    const changed = Date.now()
    await admin("POST", `/admin/products/${products[0].id}/variants/${variant.id}`, {
      prices: variant.prices.map(({ id, currency_code, amount }) => ({ id, currency_code, amount: currency_code === "dzd" ? newPrice : amount })),
    })
    const priceSeenMs = await clearedWithin2s(changed, listUrl, listPrice, newPrice)
    const byIdSeenMs = await clearedWithin2s(changed, byIdUrl, byIdPrice, newPrice)
    // Stock, which Medusa also keeps in the cache: a level changed as the dashboard saves it, seen by id.
    const stockOf = (answer: Answer) => Number(answer.data.product.variants[0].inventory_quantity)
    const [stockBefore] = new Set(await onBothServers(byIdUrl, stockOf))
    const { variant: stocked } = await admin("GET", `/admin/products/${products[0].id}/variants/${variant.id}?fields=id,*inventory_items,*inventory_items.inventory.location_levels`)
    const level = stocked.inventory_items[0].inventory.location_levels[0] as { inventory_item_id: string; location_id: string; stocked_quantity: number }
    const restocked = Date.now()
    await admin("POST", `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`, { stocked_quantity: level.stocked_quantity + 7 })
    const stockSeenMs = await clearedWithin2s(restocked, byIdUrl, stockOf, stockBefore! + 7)

    // A publishable key: accepted (so cached) on both servers, revoked, refused on both.
    const { sales_channels } = await admin("GET", "/admin/sales-channels?limit=1")
    const { api_key } = await admin("POST", "/admin/api-keys", { title: "Clé d'essai du cache", type: "publishable" })
    await admin("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channels[0].id] })
    const withKey = { "x-publishable-api-key": api_key.token as string }
    assert.deepEqual([...new Set(await onBothServers("/store/regions", (answer) => answer.status, withKey))], [200])
    const revoked = Date.now()
    await admin("POST", `/admin/api-keys/${api_key.id}/revoke`, {})
    const keyRefusedMs = await clearedWithin2s(revoked, "/store/regions", (answer) => answer.status, 400, withKey)
    process.stdout.write(`# on both servers: the new price ${priceSeenMs} ms (list) and ${byIdSeenMs} ms (by id) after the save was sent, the new stock ${stockSeenMs} ms, the revoked key refused ${keyRefusedMs} ms after the revocation\n`)
  })

  it("a server killed mid-load: the other keeps answering, and the cluster starts another", async () => {
    const [victim, survivor] = serverPids as [number, number]
    const results: Array<{ at: number; ok: boolean; servedBy?: number }> = []
    let killedAt = 0
    const until = Date.now() + 6_000
    const loop = async () => {
      while (Date.now() < until) {
        const at = Date.now()
        const answer = await call("GET", "/store/regions", undefined, 5_000).catch(() => undefined)
        results.push({ at, ok: answer?.status === 200, servedBy: answer?.servedBy })
      }
    }
    const killer = new Promise<void>((resolve) =>
      setTimeout(() => {
        killedAt = Date.now()
        process.kill(victim, "SIGKILL")
        resolve()
      }, 1_500)
    )
    await Promise.all([loop(), loop(), loop(), loop(), killer])
    const afterKill = results.filter((result) => result.at > killedAt)
    const failed = results.filter((result) => !result.ok)
    // Lost at most, per loop: its request in flight on the killed process, and one sent on a kept-alive
    // connection to it before the client saw that connection close.
    assert.ok(failed.length <= 8, `${failed.length} failed of ${results.length}`)
    assert.ok(afterKill.filter((result) => result.ok && result.servedBy === survivor).length > 10, "the survivor did not carry the load")
    const restarting = Date.now()
    const clusterLines = () => output.split("\n").filter((line) => line.startsWith("[cluster]")).join("\n")
    assert.ok(await waitFor(async () => output.includes(`server ${victim} died (SIGKILL); starting another`), 10_000, 100), clusterLines())
    // The new process boots like the first ones did (minutes on a loaded machine); its cluster line says when it listens.
    const listeningServers = () => [...output.matchAll(/\[cluster\] server (\d+) listening/g)].map((match) => Number(match[1]))
    assert.ok(await waitFor(async () => listeningServers().length === 3, 300_000, 250), clusterLines())
    const replacement = listeningServers()[2]!
    const seen = new Set<number>()
    const takesRequests = await waitFor(async () => {
      for (const answer of await Promise.all(Array.from({ length: 8 }, () => getOnNewConnection("/store/regions")))) {
        assert.equal(answer.status, 200)
        seen.add(answer.servedBy)
      }
      return seen.has(replacement)
    }, 10_000, 100)
    assert.ok(takesRequests && [...seen].every((pid) => pid === survivor || pid === replacement), `served by ${[...seen].join(", ")}`)
    process.stdout.write(
      `# killed server ${victim}: ${results.length} requests in 6 s, ${failed.length} lost, ${afterKill.length} after the kill; ` +
        `server ${replacement} answering ${seconds(restarting)} s later\n`
    )
  })
})
