import http from "node:http"
import { once } from "node:events"
import type { AddressInfo } from "node:net"

/** One span as an OTLP/HTTP JSON export carries it, with its service and its attributes flattened. */
export type ReceivedSpan = { service: string; name: string; traceId: string; attributes: Record<string, unknown> }

/**
 * One data point of a metric as an OTLP/HTTP JSON export carries it: its service, the metric's name,
 * the point's attributes, and its value (a counter's sum, a histogram's count of measurements).
 */
export type ReceivedMetricPoint = { service: string; name: string; attributes: Record<string, unknown>; value: number }

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number; arrayValue?: { values?: OtlpValue[] } }
type OtlpAttribute = { key: string; value: OtlpValue }
type OtlpTraces = {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] }
    scopeSpans?: Array<{ spans?: Array<{ name: string; traceId: string; attributes?: OtlpAttribute[] }> }>
  }>
}

type OtlpNumber = string | number
type OtlpPoint = { attributes?: OtlpAttribute[]; asInt?: OtlpNumber; asDouble?: number; count?: OtlpNumber }
type OtlpMetrics = {
  resourceMetrics?: Array<{
    resource?: { attributes?: OtlpAttribute[] }
    scopeMetrics?: Array<{
      metrics?: Array<{ name: string; sum?: { dataPoints?: OtlpPoint[] }; gauge?: { dataPoints?: OtlpPoint[] }; histogram?: { dataPoints?: OtlpPoint[] } }>
    }>
  }>
}

const valueOf = (value: OtlpValue): unknown =>
  value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue ?? value.arrayValue?.values?.map(valueOf)

const flatten = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map(({ key, value }) => [key, valueOf(value)]))

/** Every data point of an export, its value read as a number (OTLP JSON may write 64-bit integers as strings). */
function metricPoints(body: OtlpMetrics): ReceivedMetricPoint[] {
  return (body.resourceMetrics ?? []).flatMap((resource) => {
    const service = String(flatten(resource.resource?.attributes)["service.name"] ?? "")
    return (resource.scopeMetrics ?? []).flatMap((scope) =>
      (scope.metrics ?? []).flatMap((metric) => [
        ...[...(metric.sum?.dataPoints ?? []), ...(metric.gauge?.dataPoints ?? [])].map((point) => ({ point, value: Number(point.asInt ?? point.asDouble ?? 0) })),
        ...(metric.histogram?.dataPoints ?? []).map((point) => ({ point, value: Number(point.count ?? 0) })),
      ].map(({ point, value }) => ({ service, name: metric.name, attributes: flatten(point.attributes), value }))),
    )
  })
}

/**
 * A stand-in OpenTelemetry collector on loopback: takes OTLP/HTTP exports as JSON (the exporters'
 * default here; logs and protobuf are accepted and dropped) and keeps the spans, and every data point
 * of every metric export in arrival order (cumulative: a later point of a series includes the earlier
 * ones), for a test to read.
 */
export async function startOtlpReceiver(): Promise<{ endpoint: string; spans: ReceivedSpan[]; metricPoints: ReceivedMetricPoint[]; stop: () => Promise<void> }> {
  const spans: ReceivedSpan[] = []
  const points: ReceivedMetricPoint[] = []
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const json = (req.headers["content-type"] ?? "").includes("json")
    if (req.url === "/v1/traces" && json) {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpTraces
      for (const resource of body.resourceSpans ?? []) {
        const service = String(flatten(resource.resource?.attributes)["service.name"] ?? "")
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) spans.push({ service, name: span.name, traceId: span.traceId, attributes: flatten(span.attributes) })
        }
      }
    }
    if (req.url === "/v1/metrics" && json) points.push(...metricPoints(JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpMetrics))
    res.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    metricPoints: points,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
