import http from "node:http"
import { once } from "node:events"
import type { AddressInfo } from "node:net"
import fc from "fast-check"
import { logger as medusaLogger } from "@medusajs/framework/logger"
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { JsonLogger } from "../json-logger"
import { appLogger } from "../app-logger"
import { REDACTED, redactedAttributes, redactedUrl, sqlWithoutLiterals } from "../span-redaction"
import { RedactingSpanExporter } from "../redacting-span-exporter"
import { DEFAULT_SPAN_QUEUE_SIZE, tracingSettings } from "../tracing-settings"
import { metricsSettings } from "../metrics-settings"
import { httpServerAttributes } from "../http-server-duration"
import { currentRequest } from "../../http/request-context"
import { installRequestIds, requestIdOf } from "../../http/request-ids"

const AT = new Date("2026-12-06T15:00:00+01:00")

function jsonLogger(options: { level?: string; requestId?: () => string | undefined } = {}) {
  const lines: Array<Record<string, unknown>> = []
  const clock = { at: AT.getTime() }
  const logger = new JsonLogger({
    level: options.level,
    requestId: options.requestId ?? (() => undefined),
    write: (line) => lines.push(JSON.parse(line)),
    now: () => new Date(clock.at),
    exit: () => undefined,
  })
  return { logger, lines, clock }
}

describe("JSON logger (production and tests)", () => {
  it("writes level, message and time, and Medusa's error forms with the stack as text", () => {
    const { logger, lines } = jsonLogger({ level: "debug" })
    logger.info("ready")
    logger.error("Order not placed", new Error("lock held"))
    logger.error(new Error("bare"))
    logger.log("warn", "as winston")
    logger.log({ level: "debug", message: "an entry", module: "x" })
    expect(lines.map(({ level, message }) => [level, message])).toEqual([
      ["info", "ready"],
      ["error", "Order not placed: lock held"],
      ["error", "bare"],
      ["warn", "as winston"],
      ["debug", "an entry"],
    ])
    expect(lines[1]!.stack).toMatch(/^Error: lock held\n\s+at /)
    expect(lines[0]!.timestamp).toBe("2026-12-06T14:00:00.000Z")
    expect(lines[4]!.module).toBe("x")
  })

  it("keeps an error handed to any level in place of a message: its message and stack, never an empty line", () => {
    const { logger, lines } = jsonLogger({ level: "silly" })
    // As Medusa's event bus reports a failed subscriber: logger.warn(err).
    const failure = new Error("connect ECONNREFUSED 127.0.0.1:587")
    const levels = ["warn", "info", "http", "verbose", "debug", "silly"] as const
    for (const level of levels) (logger[level] as (message: unknown) => void)(failure)
    expect(lines.map(({ level, message }) => [level, message])).toEqual(levels.map((level) => [level, "connect ECONNREFUSED 127.0.0.1:587"]))
    for (const line of lines) expect(line.stack).toMatch(/^Error: connect ECONNREFUSED 127\.0\.0\.1:587\n\s+at /)
  })

  it("says what an error without a message of its own was: an AggregateError's reasons, else its code or name", () => {
    const { logger, lines } = jsonLogger()
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: "ECONNREFUSED" })
    logger.warn(new AggregateError([refused("::1:587"), refused("127.0.0.1:587")]) as unknown as string)
    logger.error("Mail not sent", Object.assign(new Error(""), { code: "ETIMEDOUT" }))
    logger.error(new TypeError(""))
    expect(lines.map((line) => line.message)).toEqual([
      "connect ECONNREFUSED ::1:587; connect ECONNREFUSED 127.0.0.1:587",
      "Mail not sent: Error ETIMEDOUT",
      "TypeError",
    ])
  })

  it("keeps LOG_LEVEL's threshold (Medusa's `http` by default) and lets Medusa change it", () => {
    const { logger, lines } = jsonLogger({ level: "warn" })
    logger.info("hidden")
    expect(logger.shouldLog("info")).toBe(false)
    logger.setLogLevel("debug")
    logger.debug("shown")
    logger.unsetLogLevel()
    logger.debug("hidden again")
    expect(lines.map((line) => line.message)).toEqual(["shown"])
    expect(jsonLogger().logger.shouldLog("http")).toBe(true)
    expect(jsonLogger().logger.shouldLog("verbose")).toBe(false)
  })

  it("logs an activity's start and end with its id and duration", () => {
    const { logger, lines, clock } = jsonLogger()
    const id = logger.activity("Creating server")
    clock.at += 1200
    expect(logger.success(id, "Server is ready")).toEqual({ start: AT.getTime(), duration: 1200 })
    expect(lines[0]).toMatchObject({ level: "info", message: "Creating server", activity_id: id })
    expect(lines[1]).toMatchObject({ level: "info", message: "Server is ready", activity_id: id, duration: 1200 })
  })

  it("is what Medusa gets outside development; development keeps Medusa's readable logger", () => {
    expect(appLogger({ NODE_ENV: "production" })).toBeInstanceOf(JsonLogger)
    expect(appLogger({ NODE_ENV: "test" })).toBeInstanceOf(JsonLogger)
    expect(appLogger({ NODE_ENV: "development" })).toBe(medusaLogger)
  })
})

describe("request id in every line logged for a request", () => {
  let server: http.Server
  afterAll(() => server?.close())

  it("carries the id of the answer's X-Request-Id, after the body is read and across async steps, and none outside", async () => {
    installRequestIds()
    const { logger, lines } = jsonLogger({ requestId: () => requestIdOf(currentRequest() ?? ({ headers: {} } as http.IncomingMessage)) })
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        logger.info(`body ${body}`)
        res.end("ok")
      })
    })
    server.listen(0, "127.0.0.1")
    await once(server, "listening")
    const { port } = server.address() as AddressInfo
    const answers = await Promise.all(
      ["a", "b"].map((body) => fetch(`http://127.0.0.1:${port}/`, { method: "POST", body }).then((answer) => [body, answer.headers.get("x-request-id")])),
    )
    logger.info("after")
    for (const [body, id] of answers) {
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(lines.find((line) => line.message === `body ${body}`)?.request_id).toBe(id)
    }
    expect(lines.find((line) => line.message === "after")).not.toHaveProperty("request_id")
  })
})

describe("traces carry no secret", () => {
  it("replaces secret-named attributes and secret query parameters in URLs", () => {
    expect(
      redactedAttributes({
        authorization: "Bearer eyJ",
        cookie: "connect.sid=s%3A1",
        "x-publishable-api-key": "pk_1",
        "http.url": "/store/order-links?token=abc.def&fields=id",
        "http.method": "GET",
        "http.statusCode": 200,
        "query.fields": ["id", "title"],
        "db.statement": "select * from t where a = $1",
      }),
    ).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      "x-publishable-api-key": REDACTED,
      "http.url": `/store/order-links?token=${encodeURIComponent(REDACTED)}&fields=id`,
      "http.method": "GET",
      "http.statusCode": 200,
      "query.fields": ["id", "title"],
      "db.statement": "select * from t where a = $1",
    })
    expect(redactedUrl("https://mj-chauffage.dz/fr/commande?token=x#top")).toBe(`https://mj-chauffage.dz/fr/commande?token=${encodeURIComponent(REDACTED)}#top`)
    expect(redactedUrl("GET /store/order-links?token=x")).toBe(`GET /store/order-links?token=${encodeURIComponent(REDACTED)}`)
    expect(redactedUrl("not a url ?token=x")).toBe("not a url ?token=x")
  })

  it("keeps no value written inline in an SQL statement", () => {
    expect(redactedAttributes({ "db.statement": "select * from api_key where token = 'pk_01abc' and note = 'l''atelier' limit 1" })).toEqual({
      "db.statement": "select * from api_key where token = '?' and note = '?' limit 1",
    })
    expect(sqlWithoutLiterals("select $$client@example.dz$$, 42")).toBe("select '?', 42")
  })

  it("never lets a secret-named query value through, whatever the URL", () => {
    fc.assert(
      fc.property(fc.webPath(), fc.constantFrom("token", "password", "client_secret", "Signature", "api_key"), fc.stringMatching(/^[A-Za-z0-9._-]{6,40}$/), (path, name, secret) => {
        const url = `/${path.replace(/^\/+/, "").replace(/[?#]/g, "")}?a=1&${name}=${secret}`
        const query = redactedUrl(url).split("?")[1]
        expect(query).not.toContain(`${name}=${secret}`)
        expect(query).toMatch(/^a=1&/)
      }),
    )
  })

  it("exports redacted copies and leaves the spans themselves alone", async () => {
    const memory = new InMemorySpanExporter()
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new RedactingSpanExporter(memory))] })
    const span = provider.getTracer("test").startSpan("GET /store/order-links?token=abc")
    span.setAttributes({ authorization: "Bearer eyJ", "http.route": "/store/order-links" })
    span.end()
    await provider.forceFlush()
    const [exported] = memory.getFinishedSpans()
    expect(exported!.name).toBe(`GET /store/order-links?token=${encodeURIComponent(REDACTED)}`)
    expect(exported!.attributes).toEqual({ authorization: REDACTED, "http.route": "/store/order-links" })
    expect(exported!.spanContext().traceId).toBe(span.spanContext().traceId)
    expect((span as unknown as { attributes: Record<string, unknown> }).attributes.authorization).toBe("Bearer eyJ")
  })
})

describe("tracing settings", () => {
  it("are off without an OTLP endpoint or when the SDK is disabled", () => {
    expect(tracingSettings({})).toBeNull()
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBeNull()
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" })).toBeNull()
  })

  it("name the server and the worker apart, unless OTEL_SERVICE_NAME says otherwise", () => {
    const endpoint = "http://127.0.0.1:4318"
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, MEDUSA_WORKER_MODE: "worker" })?.serviceName).toBe("mj-chauffage-worker")
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, MEDUSA_WORKER_MODE: "server" })?.serviceName).toBe("mj-chauffage-server")
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })?.serviceName).toBe("mj-chauffage-medusa")
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/v1/traces`, OTEL_SERVICE_NAME: "shop" })?.serviceName).toBe("shop")
  })

  it("queue enough spans for a checkout's burst unless OTEL_BSP_MAX_QUEUE_SIZE says how many", () => {
    const endpoint = "http://127.0.0.1:4318"
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint })?.maxQueueSize).toBe(DEFAULT_SPAN_QUEUE_SIZE)
    // More than the ~2 400 spans one checkout ends at once (the SDK's own default is 2 048).
    expect(DEFAULT_SPAN_QUEUE_SIZE).toBeGreaterThanOrEqual(4 * 2_400)
    // Set: left to the SDK, which reads the variable itself.
    expect(tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_MAX_QUEUE_SIZE: "4096" })).not.toHaveProperty("maxQueueSize")
  })

  it("refuse an endpoint that is not an http(s) URL, saying what to give", () => {
    expect(() => tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(/http\(s\)|not a URL/)
    expect(() => tracingSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: "localhost 4318" })).toThrow(/not a URL.*http:\/\/127\.0\.0\.1:4318/)
  })
})

describe("metrics settings", () => {
  const endpoint = "http://127.0.0.1:4318"

  it("are off without an OTLP endpoint, when the SDK is disabled or OTEL_METRICS_EXPORTER says none", () => {
    expect(metricsSettings({})).toBeNull()
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBeNull()
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/v1/traces` })).toBeNull()
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SDK_DISABLED: "TRUE" })).toBeNull()
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_METRICS_EXPORTER: "otlp, none" })).toBeNull()
  })

  it("export every minute by default, each export given 30 s, under the process's service name", () => {
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, MEDUSA_WORKER_MODE: "worker" })).toEqual({
      serviceName: "mj-chauffage-worker",
      endpoint,
      exportIntervalMillis: 60_000,
      exportTimeoutMillis: 30_000,
    })
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: `${endpoint}/v1/metrics`, OTEL_SERVICE_NAME: "shop" })?.serviceName).toBe("shop")
  })

  it("honour OTEL_METRIC_EXPORT_INTERVAL and never give an export longer than the interval", () => {
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_METRIC_EXPORT_INTERVAL: "1000" })).toMatchObject({ exportIntervalMillis: 1000, exportTimeoutMillis: 1000 })
    expect(metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_METRIC_EXPORT_INTERVAL: "15000", OTEL_METRIC_EXPORT_TIMEOUT: "5000" })).toMatchObject({
      exportIntervalMillis: 15_000,
      exportTimeoutMillis: 5000,
    })
  })

  it("refuse an interval that is not a whole number of milliseconds, and an endpoint that is not http(s)", () => {
    for (const interval of ["0", "-5", "1.5", "10s"]) {
      expect(() => metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_METRIC_EXPORT_INTERVAL: interval })).toThrow(/OTEL_METRIC_EXPORT_INTERVAL must be a whole number/)
    }
    expect(() => metricsSettings({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_METRIC_EXPORT_TIMEOUT: "soon" })).toThrow(/OTEL_METRIC_EXPORT_TIMEOUT/)
    expect(() => metricsSettings({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: "grpc://collector:4317" })).toThrow(/OTEL_EXPORTER_OTLP_METRICS_ENDPOINT must be an http\(s\) address/)
  })
})

describe("HTTP request duration attributes", () => {
  it("name the method, the route's pattern and the status code", () => {
    expect(httpServerAttributes("post", "/store/carts/:id/complete", 200)).toEqual({
      "http.request.method": "POST",
      "http.route": "/store/carts/:id/complete",
      "http.response.status_code": 200,
    })
  })

  it("carry no route when none matched, and no method a client made up", () => {
    expect(httpServerAttributes("GET", undefined, 404)).toEqual({ "http.request.method": "GET", "http.response.status_code": 404 })
    expect(httpServerAttributes("BREW", "/store/carts", 400)["http.request.method"]).toBe("_OTHER")
    expect(httpServerAttributes(undefined, "/health", 200)["http.request.method"]).toBe("_OTHER")
  })
})
