import { registerOtel } from "@medusajs/medusa"
import { BatchSpanProcessor } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http"
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics"
import { recordHttpServerDuration } from "./http-server-duration"
import type { MetricsSettings } from "./metrics-settings"
import { RedactingSpanExporter } from "./redacting-span-exporter"
import type { TracingSettings } from "./tracing-settings"

/**
 * Medusa's OpenTelemetry set-up, with what is on. Traces: spans of HTTP requests, Query calls,
 * workflows and their steps, and PostgreSQL queries, in batches (OTEL_BSP_* tune them; never one
 * request per span; the queue sized for a checkout's burst, tracing-settings.ts), secrets out first.
 * Metrics: every request's duration (http-server-duration.ts) and the shop's own counters, collected
 * in the process and sent every interval. Both go as OTLP/HTTP JSON; the exporters read
 * OTEL_EXPORTER_OTLP_* themselves (endpoint, headers, timeout).
 */
export function startTelemetry(tracing: TracingSettings | null, metrics: MetricsSettings | null): void {
  const serviceName = (tracing ?? metrics)?.serviceName
  if (!serviceName) return
  registerOtel({
    serviceName,
    spanProcessors: tracing
      ? [new BatchSpanProcessor(new RedactingSpanExporter(new OTLPTraceExporter()), tracing.maxQueueSize ? { maxQueueSize: tracing.maxQueueSize } : undefined)]
      : [],
    // Given even when empty: otherwise the SDK starts its own metrics exporter (protobuf, by OTEL_METRICS_EXPORTER).
    metricReaders: metrics
      ? [new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter(), exportIntervalMillis: metrics.exportIntervalMillis, exportTimeoutMillis: metrics.exportTimeoutMillis })]
      : [],
    // Logs stay JSON lines on standard output (app-logger.ts): no OTLP logs exporter either.
    logRecordProcessors: [],
    instrument: tracing ? { http: true, query: true, workflows: true, db: true } : {},
  })
  if (metrics) recordHttpServerDuration()
}
