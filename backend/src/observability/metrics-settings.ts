import { otlpEndpoint } from "./otlp-endpoint"
import { serviceName } from "./service-name"

export type MetricsSettings = { serviceName: string; endpoint: string; exportIntervalMillis: number; exportTimeoutMillis: number }

/** The OpenTelemetry SDK's defaults: one export a minute, each given 30 s. */
const DEFAULT_INTERVAL_MS = 60_000
const DEFAULT_TIMEOUT_MS = 30_000

function millisecondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number of milliseconds above 0, not "${raw}"`)
  return value
}

/**
 * Whether this process sends OpenTelemetry metrics over OTLP/HTTP, and how often: only when an OTLP
 * endpoint is set (OTEL_EXPORTER_OTLP_ENDPOINT, or its metrics-only form), OTEL_SDK_DISABLED is not
 * "true" and OTEL_METRICS_EXPORTER does not say "none". Every OTEL_METRIC_EXPORT_INTERVAL ms (60 s by
 * default), each export given OTEL_METRIC_EXPORT_TIMEOUT ms at most, never more than the interval
 * (the SDK's reader refuses a longer one).
 */
export function metricsSettings(env: NodeJS.ProcessEnv): MetricsSettings | null {
  const endpoint = (env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT || "").trim()
  if (!endpoint || env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return null
  const exporters = (env.OTEL_METRICS_EXPORTER ?? "").split(",").map((name) => name.trim().toLowerCase())
  if (exporters.includes("none")) return null
  const exportIntervalMillis = millisecondsFrom(env, "OTEL_METRIC_EXPORT_INTERVAL", DEFAULT_INTERVAL_MS)
  const exportTimeoutMillis = Math.min(millisecondsFrom(env, "OTEL_METRIC_EXPORT_TIMEOUT", DEFAULT_TIMEOUT_MS), exportIntervalMillis)
  return { serviceName: serviceName(env), endpoint: otlpEndpoint(endpoint, env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT ? "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT" : "OTEL_EXPORTER_OTLP_ENDPOINT"), exportIntervalMillis, exportTimeoutMillis }
}
