import { serviceName } from "./service-name"
import { otlpEndpoint } from "./otlp-endpoint"

export type TracingSettings = { serviceName: string; endpoint: string }

/**
 * Whether this process sends OpenTelemetry traces, and under which service name: only when an OTLP
 * endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT, or its traces-only form) and OTEL_SDK_DISABLED is not
 * "true"; otherwise nothing is loaded and nothing runs (service-name.ts names the service).
 */
export function tracingSettings(env: NodeJS.ProcessEnv): TracingSettings | null {
  const endpoint = (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT || "").trim()
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return null
  return { serviceName: serviceName(env), endpoint: otlpEndpoint(endpoint, env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT") }
}
