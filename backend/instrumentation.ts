/**
 * Medusa's instrumentation hook (`medusa start` and `medusa develop` call `register` before the app
 * loads): OpenTelemetry traces of HTTP requests, Query calls, workflows and their steps, and PostgreSQL
 * queries, sent over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads OTEL_EXPORTER_OTLP_*
 * itself: headers, timeout). Without that setting nothing is registered.
 */
import { registerOtel } from "@medusajs/medusa"
import { BatchSpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { tracingSettings } from "./src/observability/tracing-settings"
import { RedactingSpanExporter } from "./src/observability/redacting-span-exporter"

export function register(): void {
  const settings = tracingSettings(process.env)
  if (!settings) return
  registerOtel({
    serviceName: settings.serviceName,
    // In batches (OTEL_BSP_* tune them), never one request per span; secrets out first (span-redaction.ts).
    spanProcessors: [new BatchSpanProcessor(new RedactingSpanExporter(new OTLPTraceExporter()))],
    instrument: { http: true, query: true, workflows: true, db: true },
  })
}
