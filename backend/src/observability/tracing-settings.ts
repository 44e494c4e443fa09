import { serviceName } from "./service-name"
import { otlpEndpoint } from "./otlp-endpoint"

/**
 * How many ended spans wait for export when OTEL_BSP_MAX_QUEUE_SIZE is unset. The SDK's 2 048 is
 * less than one checkout: it ends ~2 400 spans in 3 s (one per SQL statement, Query call and step),
 * and past the queue the SDK drops the newest, which are the workflow's and the request's own spans.
 * 16 384 holds several checkouts' bursts while an export is on its way (tens of MB at worst).
 */
export const DEFAULT_SPAN_QUEUE_SIZE = 16_384

/** `maxQueueSize` is set only when OTEL_BSP_MAX_QUEUE_SIZE is not: the SDK reads that variable itself. */
export type TracingSettings = { serviceName: string; endpoint: string; maxQueueSize?: number }

/**
 * Whether this process sends OpenTelemetry traces, and under which service name: only when an OTLP
 * endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT, or its traces-only form) and OTEL_SDK_DISABLED is not
 * "true"; otherwise nothing is loaded and nothing runs (service-name.ts names the service).
 */
export function tracingSettings(env: NodeJS.ProcessEnv): TracingSettings | null {
  const endpoint = (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT || "").trim()
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return null
  return {
    serviceName: serviceName(env),
    endpoint: otlpEndpoint(endpoint, env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT"),
    ...(env.OTEL_BSP_MAX_QUEUE_SIZE?.trim() ? {} : { maxQueueSize: DEFAULT_SPAN_QUEUE_SIZE }),
  }
}
