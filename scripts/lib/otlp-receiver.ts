import http from "node:http"
import { once } from "node:events"
import type { AddressInfo } from "node:net"

/** One span as an OTLP/HTTP JSON export carries it, with its service and its attributes flattened. */
export type ReceivedSpan = { service: string; name: string; traceId: string; attributes: Record<string, unknown> }

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number; arrayValue?: { values?: OtlpValue[] } }
type OtlpAttribute = { key: string; value: OtlpValue }
type OtlpTraces = {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] }
    scopeSpans?: Array<{ spans?: Array<{ name: string; traceId: string; attributes?: OtlpAttribute[] }> }>
  }>
}

const valueOf = (value: OtlpValue): unknown =>
  value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue ?? value.arrayValue?.values?.map(valueOf)

const flatten = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map(({ key, value }) => [key, valueOf(value)]))

/**
 * A stand-in OpenTelemetry collector on loopback: takes OTLP/HTTP exports (traces as JSON, the
 * exporter's default; other signals are accepted and dropped) and keeps the spans for a test to read.
 */
export async function startOtlpReceiver(): Promise<{ endpoint: string; spans: ReceivedSpan[]; stop: () => Promise<void> }> {
  const spans: ReceivedSpan[] = []
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    if (req.url === "/v1/traces" && (req.headers["content-type"] ?? "").includes("json")) {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpTraces
      for (const resource of body.resourceSpans ?? []) {
        const service = String(flatten(resource.resource?.attributes)["service.name"] ?? "")
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) spans.push({ service, name: span.name, traceId: span.traceId, attributes: flatten(span.attributes) })
        }
      }
    }
    res.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
