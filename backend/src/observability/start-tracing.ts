import { registerOtel } from "@medusajs/medusa"
import { BatchSpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { RedactingSpanExporter } from "./redacting-span-exporter"
import type { TracingSettings } from "./tracing-settings"

/**
 * Medusa's OpenTelemetry set-up: spans of HTTP requests, Query calls, workflows and their steps, and
 * PostgreSQL queries, in batches (OTEL_BSP_* tune them; never one request per span) to the OTLP/HTTP
 * exporter, which reads OTEL_EXPORTER_OTLP_* itself (endpoint, headers, timeout); secrets out first.
 */
export function startTracing(settings: TracingSettings): void {
  registerOtel({
    serviceName: settings.serviceName,
    spanProcessors: [new BatchSpanProcessor(new RedactingSpanExporter(new OTLPTraceExporter()))],
    instrument: { http: true, query: true, workflows: true, db: true },
  })
}
