import type { IncomingMessage, ServerResponse } from "node:http"
import { performance } from "node:perf_hooks"
import { metrics, type Attributes } from "@medusajs/framework/opentelemetry/api"

/** OpenTelemetry's HTTP methods; any other is "_OTHER", so that a client cannot add series at will. */
const KNOWN_METHODS = new Set(["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"])
/** OpenTelemetry's advised boundaries for http.server.request.duration, in seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]

/**
 * A request's attributes on http.server.request.duration, as OpenTelemetry's HTTP conventions name
 * them: the method, the route's pattern (never the URL itself: no id, token or query, and a bounded
 * number of series; none when no route matched) and the answer's status code.
 */
export function httpServerAttributes(method: string | undefined, route: string | undefined, statusCode: number): Attributes {
  const upper = (method ?? "").toUpperCase()
  return {
    "http.request.method": KNOWN_METHODS.has(upper) ? upper : "_OTHER",
    ...(route ? { "http.route": route } : {}),
    "http.response.status_code": statusCode,
  }
}

type RequestHandlerTracer = (requestHandler: () => Promise<void>, req: IncomingMessage, res: ServerResponse, handlerPath?: string) => Promise<unknown>

/**
 * Records how long each request takes, from its arrival to its answer's end, under its route, through
 * the hook `medusa start` gives its instrumentation (the one Medusa's HTTP spans use; Medusa records no
 * metric of its own). Wraps the span hook when traces are on; called once the meter provider is set.
 */
export function recordHttpServerDuration(): void {
  const histogram = metrics.getMeter("mj-chauffage-http").createHistogram("http.server.request.duration", {
    description: "Duration of HTTP server requests",
    unit: "s",
    advice: { explicitBucketBoundaries: DURATION_BUCKETS },
  })
  // The start command's module object, required as Medusa's registerOtel does, so the assignment is what `medusa start` reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const startCommand = require("@medusajs/medusa/commands/start") as { traceRequestHandler?: RequestHandlerTracer }
  const traced = startCommand.traceRequestHandler
  startCommand.traceRequestHandler = (requestHandler, req, res, handlerPath) => {
    const startedAt = performance.now()
    // "close" comes once the answer is sent, or when the client went away before it was.
    res.once("close", () => histogram.record((performance.now() - startedAt) / 1000, httpServerAttributes(req.method, handlerPath, res.statusCode)))
    return traced ? traced(requestHandler, req, res, handlerPath) : requestHandler()
  }
}
